using System.Globalization;
using Dashboard.Data.Accounts;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>编辑 on a craftsman's page over <see cref="Dashboard.Tests.Shared.Data.ListRecords"/>: staff edit real records with the import's checks.</summary>
public sealed class RecordEditTests : DrillPageTestContext
{
    private IRenderedComponent<CraftsmanDetail> RenderCraftsman(string name, bool asStaff = true)
    {
        if (asStaff)
        {
            Authorization.SetAuthorized("staff");
            Authorization.SetRoles(DashboardRoles.Staff);
            Authorization.SetPolicies(DashboardPolicies.Reader, DashboardPolicies.Editor);
        }
        var id = IdOf(db => db.Craftsmen.Where(c => c.Name == name).Select(c => c.Id)).ToString(CultureInfo.InvariantCulture);
        NavigateTo($"/craftsmen/{id}");
        var cut = Render<CraftsmanDetail>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid='detail']");
        return cut;
    }

    private static void Type(IRenderedComponent<CraftsmanDetail> cut, int column, string value)
        => cut.Find($"input[data-testid='edit-{column}']").Change(value);

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
}
