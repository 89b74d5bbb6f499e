using System.Globalization;
using Dashboard.Data.Accounts;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// 编辑 on the detail pages over <see cref="Dashboard.Tests.Shared.Data.ListRecords"/>: staff edit real records with the
/// import's checks: a craftsman, an enterprise or a studio on its page, an achievement or a competition entry from its row.
/// </summary>
public sealed class RecordEditTests : DrillPageTestContext
{
    /// <summary>Renders a detail page of the record <paramref name="id"/> names, signed in as staff or as a leader.</summary>
    private IRenderedComponent<TPage> RenderPage<TPage>(string path, int id, bool asStaff) where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        if (asStaff)
        {
            Authorization.SetAuthorized("staff");
            Authorization.SetRoles(DashboardRoles.Staff);
            Authorization.SetPolicies(DashboardPolicies.Reader, DashboardPolicies.Editor);
        }
        var text = id.ToString(CultureInfo.InvariantCulture);
        NavigateTo($"{path}/{text}");
        var cut = Render<TPage>(builder =>
        {
            builder.OpenComponent<TPage>(0);
            builder.AddComponentParameter(1, "Id", text);
            builder.CloseComponent();
        });
        cut.WaitForElement("[data-testid='detail']");
        return cut;
    }

    private IRenderedComponent<CraftsmanDetail> RenderCraftsman(string name, bool asStaff = true)
        => RenderPage<CraftsmanDetail>("/craftsmen", IdOf(db => db.Craftsmen.Where(c => c.Name == name).Select(c => c.Id)), asStaff);

    private IRenderedComponent<EnterpriseDetail> RenderEnterprise(string name, bool asStaff = true)
        => RenderPage<EnterpriseDetail>("/enterprises", IdOf(db => db.Enterprises.Where(e => e.Name == name).Select(e => e.Id)), asStaff);

    private IRenderedComponent<StudioDetail> RenderStudio(string name, bool asStaff = true)
        => RenderPage<StudioDetail>("/innovation/studios", IdOf(db => db.InnovationStudios.Where(s => s.Name == name).Select(s => s.Id)), asStaff);

    private IRenderedComponent<CompetitionDetail> RenderCompetition(string name, bool asStaff = true)
        => RenderPage<CompetitionDetail>("/competitions", IdOf(db => db.Competitions.Where(c => c.Name == name).Select(c => c.Id)), asStaff);

    private static void Type<TPage>(IRenderedComponent<TPage> cut, int column, string value) where TPage : Microsoft.AspNetCore.Components.IComponent
        => cut.Find($"input[data-testid='edit-{column}']").Change(value);

    private static void SaveAndWaitForSaved<TPage>(IRenderedComponent<TPage> cut) where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        cut.Find("[data-testid='edit-save']").Click();
        cut.WaitForAssertion(() => Assert.StartsWith("已保存", cut.Find("[data-testid='edit-message']").TextContent.Trim()));
    }

    /// <summary>The grid's first cells' text: an achievement's title is no link.</summary>
    private static IReadOnlyList<string> FirstCells<TPage>(IRenderedComponent<TPage> cut) where TPage : Microsoft.AspNetCore.Components.IComponent
        => cut.FindAll("[data-testid='list'] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    private static string DetailRow<TPage>(IRenderedComponent<TPage> cut, string header) where TPage : Microsoft.AspNetCore.Components.IComponent
        => cut.FindAll("[data-testid='detail'] tr").Single(r => r.QuerySelector("th")!.TextContent == header).TextContent;

    [Fact]
    public void Save_NewBatchNumber_SavedAndThePageShowsIt()
    {
        var cut = RenderCraftsman("工匠甲");

        cut.Find("[data-testid='edit']").Click();
        Assert.Equal("3", cut.Find("input[data-testid='edit-6']").GetAttribute("value"));
        Type(cut, 6, "4");
        cut.Find("[data-testid='edit-save']").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("已保存", cut.Find("[data-testid='edit-message']").TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Contains("4", cut.FindAll("[data-testid='detail'] tr").Single(r => r.TextContent.Contains("届次")).TextContent));
    }

    [Fact]
    public void Save_UnknownRegion_TheFieldSaysWhyAndNothingIsSaved()
    {
        var cut = RenderCraftsman("工匠甲");

        cut.Find("[data-testid='edit']").Click();
        Type(cut, 2, "北京");
        cut.Find("[data-testid='edit-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("无法识别的市州", cut.Find("input[data-testid='edit-2']").Closest(".mud-input-control")!.TextContent));
        Assert.Equal(1, Read(db => db.Craftsmen.Count(c => c.Name == "工匠甲" && c.RegionCode == "510100")));
    }

    [Fact]
    public void Render_AsLeader_NoEditButton()
    {
        var cut = RenderCraftsman("工匠甲", asStaff: false);

        Assert.Empty(cut.FindAll("[data-testid='edit']"));
    }

    [Fact]
    public void Render_SampleRecordAsStaff_NoEditButton()
    {
        var cut = RenderCraftsman("工匠乙");

        Assert.Empty(cut.FindAll("[data-testid='edit']"));
    }

    [Fact]
    public void Save_EnterpriseKeyYear_SavedAndThePageShowsIt()
    {
        var cut = RenderEnterprise("企业一");

        cut.Find("[data-testid='edit']").Click();
        Type(cut, 4, "2023");
        SaveAndWaitForSaved(cut);

        cut.WaitForAssertion(() => Assert.Contains("2023", DetailRow(cut, "千企行动重点企业")));
    }

    [Fact]
    public void Save_StudioFoundedYear_SavedAndThePageShowsIt()
    {
        var cut = RenderStudio("工作室甲");

        cut.Find("[data-testid='edit']").Click();
        Assert.Equal("2020", cut.Find("input[data-testid='edit-5']").GetAttribute("value"));
        Type(cut, 5, "2019");
        SaveAndWaitForSaved(cut);

        cut.WaitForAssertion(() => Assert.Contains("2019", DetailRow(cut, "成立年份")));
    }

    [Fact]
    public void Save_AchievementFromItsRow_SavedAndTheGridShowsIt()
    {
        var cut = RenderStudio("工作室甲");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='edit-row']").Count)); // 成果三 is a sample record

        cut.FindAll("[data-testid='edit-row']").Single(b => b.GetAttribute("aria-label")!.Contains("成果一")).Click();
        Assert.Equal("成果一", cut.Find("input[data-testid='edit-3']").GetAttribute("value"));
        Type(cut, 3, "成果一（改进）");
        SaveAndWaitForSaved(cut);

        cut.WaitForAssertion(() => Assert.Contains(FirstCells(cut), t => t.StartsWith("成果一（改进）", StringComparison.Ordinal)));
    }

    [Fact]
    public void Save_CompetitionEntryFromItsRow_SavedAndTheGridShowsIt()
    {
        var cut = RenderCompetition("竞赛一");
        // 企业二 and 企业三 are sample enterprises: only 企业一's entry is real.
        cut.WaitForAssertion(() => Assert.Equal("编辑企业一的参赛记录", cut.Find("[data-testid='edit-row']").GetAttribute("aria-label")));
        Assert.Single(cut.FindAll("[data-testid='edit-row']"));

        cut.Find("[data-testid='edit-row']").Click();
        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(["竞赛一", "2023", "省级", "", "", "企业一", "100"], cut.FindAll("input[data-testid^='edit-']").Select(i => i.GetAttribute("value") ?? ""));
        Type(cut, 6, "120");
        SaveAndWaitForSaved(cut);

        cut.WaitForAssertion(() => Assert.Contains("120", cut.FindAll("[data-testid='list'] tbody tr").Single(r => r.TextContent.Contains("企业一")).TextContent));
    }

    [Theory]
    [InlineData(false, "企业一", "工作室甲", "成果一", "竞赛一", "企业一")] // a leader, on real records
    [InlineData(true, "企业二", "工作室乙", "成果四", "竞赛二", "企业二")] // staff, on sample records
    public void Render_AsLeaderOrOnSampleRecords_NoEditOnAnyNewKind(bool asStaff, string enterprise, string studio, string achievement, string competition, string participant)
    {
        var enterprisePage = RenderEnterprise(enterprise, asStaff);
        var studioPage = RenderStudio(studio, asStaff);
        var competitionPage = RenderCompetition(competition, asStaff);

        studioPage.WaitForAssertion(() => Assert.Contains(FirstCells(studioPage), t => t.StartsWith(achievement, StringComparison.Ordinal)));
        competitionPage.WaitForAssertion(() => Assert.Contains(participant, FirstColumn(competitionPage)));
        Assert.Empty(enterprisePage.FindAll("[data-testid='edit']"));
        Assert.Empty(studioPage.FindAll("[data-testid='edit'], [data-testid='edit-row']"));
        Assert.Empty(competitionPage.FindAll("[data-testid='edit-row']"));
    }
}
