using Bunit.TestDoubles;
using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// The filter lives in the URL. Records: the seeded named people (孔建伟 in 自贡; 陈行行, 崔兴国 with no 市州)
/// plus 市级工匠 in 绵阳 (one real, two sample) and one sample 市级工匠 in 成都.
/// </summary>
public sealed class FilterTests : PageTestContext
{
    protected override void AddRecords(DashboardDbContext db)
        => db.Craftsmen.AddRange(
            Craftsman("王某", "city", region: "510700", industry: "equipment-manufacturing", year: 2022),
            Craftsman("示例工匠 0001", "city", region: "510700", industry: "equipment-manufacturing", year: 2023, sample: true),
            Craftsman("示例工匠 0002", "city", region: "510700", industry: "food-light-textile", year: 2023, sample: true),
            Craftsman("示例工匠 0003", "city", region: "510100", industry: "equipment-manufacturing", year: 2023, sample: true));



    [Fact]
    public void Open_FilterInUrl_ChartsCountOnlyMatchingRecordsWithoutPublishedComparison()
    {
        var cut = RenderTiersAt("/tiers?region=510700&industry=equipment-manufacturing");

        var pyramid = SpecOf(cut, Charts, "tier-pyramid");

        // 绵阳 in 装备制造: 王某 and 示例工匠 0001, both 市级工匠; the province's published headcounts are not drawn.
        Assert.Equal([0d, 0d, 0d, 2d], Assert.Single(pyramid.Series).Values);
        Assert.Equal("库内记录", pyramid.Series[0].Label);
        Assert.Equal("绵阳", cut.Find("input[data-testid='filter-regions']").GetAttribute("value"));
        Assert.NotNull(cut.Find("[data-testid='filter-note']"));
    }

    [Fact]
    public void Press_ClosedField_BecomesTheSelectWithItsOptions()
    {
        var cut = RenderTiersAt("/tiers?region=510700");
        Assert.Empty(cut.FindComponents<MudSelect<string>>());
        Assert.Equal("绵阳", cut.Find("input[data-testid='filter-regions']").GetAttribute("value"));

        cut.Find("input[data-testid='filter-industries']").Closest("div.mud-select")!.Click();

        Assert.Single(cut.FindComponents<MudSelect<string>>());
        // Its options are made only once it is open.
        cut.WaitForAssertion(() => Assert.Contains(cut.FindComponents<MudSelectItem<string>>(), item => item.Instance.Value == "equipment-manufacturing"));
    }

    [Fact]
    public void Switch_SampleOff_NavigatesToTheSamePageKeepingTheOtherCriteria()
    {
        var cut = RenderTiersAt("/tiers?region=510700");
        var pyramid = CanvasOf(cut, "tier-pyramid");

        cut.Find("input[data-testid='filter-sample']").Change(false);
        // The app's router re-renders the page on navigation; here the test does.
        cut.Render();

        Assert.Equal("http://localhost/tiers?region=510700&sample=0", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.Equal([0d, 0d, 0d, 1d], SpecDrawnOn(Charts, pyramid).Series[0].Values));
    }

    [Fact]
    public void Open_BadValuesInUrl_NoticeListsThemAndTheRestApplies()
    {
        var cut = RenderTiersAt("/tiers?from=3000&region=999999&region=510100&tier=emperor");

        Assert.Equal("以下筛选条件无法识别，已忽略：from=3000、region=999999、tier=emperor", cut.Find("[data-testid='filter-dropped']").TextContent.Trim());
        Assert.Equal([0d, 0d, 0d, 1d], SpecOf(cut, Charts, "tier-pyramid").Series[0].Values);
    }

    [Fact]
    public void Open_WholeProvince_ResetDisabledAndPublishedDrawn()
    {
        var cut = RenderTiersAt("/tiers");

        Assert.Empty(cut.FindAll("[data-testid='filter-dropped']"));
        Assert.Equal("公布数", SpecOf(cut, Charts, "tier-pyramid").Series[0].Label);
        Assert.True(cut.Find("[data-testid='filter-reset']").HasAttribute("disabled"));
    }

    [Fact]
    public void Open_OverviewFiltered_CardsLeadWithRecordsAndNameTheProvincesFigure()
    {
        Navigation.NavigateTo("/?region=510700");
        var cut = Render<Overview>();
        cut.WaitForElement("[data-kpi='tier-city']");

        Assert.Equal("3人", cut.Find("[data-kpi='tier-city'] .kpi-value").TextContent.Trim());
        Assert.Equal("全省公布数 4969人（T4）", cut.Find("[data-kpi='tier-city'] .kpi-footnote-text").TextContent.Trim());
        Assert.Equal("/tiers?region=510700", cut.Find("[data-kpi='tier-city'] .mud-card-actions a").GetAttribute("href"));
    }
}
