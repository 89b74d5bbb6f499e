using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>创新成果, the list a savings or achievements bar opens, over <see cref="ListRecords"/>.</summary>
public sealed class AchievementsTests : DrillPageTestContext
{
    [Fact]
    public void Render_YearCityAndLevelInUrl_StatesWhatItHoldsWithTheSavingsTotal()
    {
        NavigateTo("/innovation/achievements?from=2023&to=2023&region=510100&studio-level=Provincial");

        var cut = Render<Achievements>();

        // 工作室甲's two achievements of 2023: 250万 and 50万 元
        cut.WaitForAssertion(() => Assert.Equal("2023年 · 成都 · 省级工作室 · 创新成果 · 共 2 条 · 节约创效合计 300万元",
            cut.Find("[data-testid='drill-statement']").TextContent.Trim()));
        Assert.Equal("节约创效合计 300万元", cut.Find("[data-testid='measure-total']").TextContent.Trim());
        // Latest first, then by title; 成果三 is sample and says so.
        Assert.Equal(["成果三示例数据", "成果二"], cut.FindAll("[data-testid='list'] tbody tr td:first-child").Select(td => td.TextContent.Replace(" ", "").Trim()));
        Assert.Equal("/innovation?from=2023&to=2023&region=510100", cut.Find(".mud-breadcrumb-item a").GetAttribute("href"));
    }

    [Fact]
    public void Navigate_OnlyTheQueryChanges_ListReloadsForTheNewFilter()
    {
        NavigateTo("/innovation/achievements?from=2023&to=2023&region=510100&studio-level=Provincial");
        var cut = Render<Achievements>();
        cut.WaitForAssertion(() => Assert.Contains("共 2 条", cut.Find("[data-testid='drill-statement']").TextContent));

        NavigateTo("/innovation/achievements?from=2021&to=2021&region=510100&studio-level=Provincial&category=FiveSmall");

        cut.WaitForAssertion(() => Assert.Equal("2021年 · 成都 · 省级工作室 · “五小”成果 · 创新成果 · 共 1 条 · 节约创效合计 100万元",
            cut.Find("[data-testid='drill-statement']").TextContent.Trim()));
    }
}
