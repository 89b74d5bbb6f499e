using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Components.Pages;
using Dashboard.Data.Queries;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// 工匠梯队 over the seeded reference lists, published figures and named people (孔建伟, first 四川工匠
/// batch of 2017 in 自贡; 陈行行 and 崔兴国, 大国工匠 with no 市州 or year) plus three sample craftsmen:
/// two 市级工匠 in 成都 named 2021 and 2022, one 四川工匠 of the 2024 batch in 绵阳.
/// </summary>
public sealed class TiersTests : PageTestContext
{
    protected override void AddRecords(DashboardDbContext db)
    {
        db.Craftsmen.AddRange(
            Craftsman("示例工匠 0001", "city", region: "510100", industry: "electronic-information", year: 2021, sample: true),
            Craftsman("示例工匠 0002", "city", region: "510100", industry: "electronic-information", year: 2022, sample: true),
            Craftsman("示例工匠 0003", "provincial", region: "510700", industry: "equipment-manufacturing", year: 2024, batch: 4, sample: true));
    }

    private IRenderedComponent<Tiers> RenderTiers()
    {
        var cut = Render<Tiers>();
        cut.WaitForElement("[data-chart='tier-region-shares'] canvas");
        return cut;
    }

    [Fact]
    public void Render_Pyramid_PublishedHeadcountsWithTheDifferingRecordsBeside()
    {
        var cut = RenderTiers();

        var spec = SpecOf(cut, Charts, "tier-pyramid");

        Assert.Equal(ChartKind.HorizontalBar, spec.Kind);
        Assert.Equal(["大国工匠", "大国工匠培育对象", "四川工匠", "市级工匠"], spec.Labels);
        Assert.Equal([5d, 9d, 380d, 4969d], spec.Series[0].Values);
        Assert.Equal([2d, 0d, 2d, 2d], spec.Series[1].Values);
        Assert.Equal(["5人", "9人", "380人", "4969人"], spec.Series[0].Display);
        Assert.NotNull(cut.Find("[data-chart='tier-pyramid'] .sample-badge"));
    }

    [Fact]
    public void Render_Pyramid_LogScaleFromHalfWithPowerOfTenTicks()
    {
        var cut = RenderTiers();

        var axis = SpecOf(cut, Charts, "tier-pyramid").ValueAxis;

        // 0.5 keeps a bar for a count of 1; 4969 ends under the 1万 tick.
        Assert.Equal(ChartScale.Logarithmic, axis.Scale);
        Assert.Equal(0.5, axis.Min);
        Assert.Equal(10_000, axis.Max);
        Assert.Equal([1d, 10d, 100d, 1000d, 10_000d], axis.Ticks!.Select(t => t.Value));
        Assert.Equal(["1", "10", "100", "1000", "1万"], axis.Ticks!.Select(t => t.Display));
        Assert.True(cut.Find("[data-chart='tier-pyramid'] .log-scale-toggle input").HasAttribute("checked"));
    }

    [Fact]
    public void Toggle_LogScaleOff_UpdatesThePyramidInPlaceOnALinearScale()
    {
        Navigation.NavigateTo("/tiers");
        var cut = RenderTiers();
        var pyramid = CanvasOf(cut, "tier-pyramid");

        cut.Find("[data-chart='tier-pyramid'] .log-scale-toggle input").Change(false);

        var axis = SpecDrawnOn(Charts, pyramid).ValueAxis;
        Assert.Equal(ChartScale.Linear, axis.Scale);
        Assert.Null(axis.Ticks);
        // Only the pyramid is redrawn, in place.
        var update = Assert.Single(Charts.Invocations, i => i.Identifier == "update");
        Assert.Equal(pyramid, ((Microsoft.AspNetCore.Components.ElementReference)update.Arguments[0]!).Id);
        Assert.Equal("http://localhost/tiers?linear=tier-pyramid", Navigation.Uri);
    }

    [Fact]
    public void Open_LinearScaleAndATableInUrl_OpensThatView()
    {
        Navigation.NavigateTo("/tiers?region=510100&linear=tier-pyramid&table=tier-batches");

        var cut = RenderTiers();

        Assert.Equal(ChartScale.Linear, SpecOf(cut, Charts, "tier-pyramid").ValueAxis.Scale);
        Assert.NotNull(cut.Find("[data-chart='tier-batches'] .chart-table"));
        Assert.Empty(cut.FindAll("[data-chart='tier-batches'] canvas"));
    }

    [Fact]
    public void ToggleTable_ChartShownAsTable_UrlRemembersItAndAFilterChoiceKeepsIt()
    {
        Navigation.NavigateTo("/tiers");
        var cut = RenderTiers();

        cut.Find("[data-chart='tier-honours'] .chart-table-toggle input").Change(true);

        Assert.Equal("http://localhost/tiers?table=tier-honours", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-chart='tier-honours'] .chart-table")));
        Assert.Equal("/tiers?region=510100&table=tier-honours", DashboardUrls.WithFilter(Navigation.Uri, new DashboardFilter { Regions = ["510100"] }));
    }

    [Fact]
    public void Render_Batches_RecordsBesidePublishedBatchSizes()
    {
        var cut = RenderTiers();

        var spec = SpecOf(cut, Charts, "tier-batches");

        Assert.Equal(["第1届（2017年）", "第4届（2024年）"], spec.Labels);
        Assert.Equal([1d, 1d], spec.Series[0].Values);
        Assert.Equal([30d, 200d], spec.Series[1].Values);
        Assert.Equal(["30人", "200人"], spec.Series[1].Display);
    }

    [Fact]
    public void Render_Plan_CumulativeCompletionAgainstEvenPaceAndTarget()
    {
        var cut = RenderTiers();

        var spec = SpecOf(cut, Charts, "tier-plan");

        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], spec.Labels);
        // One 四川工匠 of 100; two 市级工匠 of 1000; three craftsmen of all tiers of 10000.
        Assert.Equal([0d, 0d, 0d, 1d, 1d], spec.Series[0].Values);
        Assert.Equal([0.1d, 0.2d, 0.2d, 0.2d, 0.2d], spec.Series[1].Values);
        Assert.Equal("3人（完成0%）", spec.Series[2].Display[4]);
        Assert.Equal([20d, 40d, 60d, 80d, 100d], spec.Series[3].Values);
        Assert.Equal(100d, Assert.Single(spec.TargetLines).Value);
        Assert.Contains("不少于100人", spec.Series[0].Label);
    }

    [Fact]
    public void Render_ByRegion_StackedByTierInReferenceOrder()
    {
        var cut = RenderTiers();

        var spec = SpecOf(cut, Charts, "tier-by-region");

        Assert.Equal(21, spec.Labels.Count);
        Assert.Equal("成都", spec.Labels[0]);
        Assert.True(spec.Stacked);
        var city = Assert.Single(spec.Series, s => s.Label == "市级工匠");
        Assert.Equal(2d, city.Values[0]);
        Assert.Equal(1d, spec.Series.Single(s => s.Label == "四川工匠").Values[spec.Labels.ToList().IndexOf("自贡")]);
    }

    [Fact]
    public void Render_RegionShares_LargestFirst()
    {
        var cut = RenderTiers();

        var spec = SpecOf(cut, Charts, "tier-region-shares");

        Assert.Equal(["成都", "绵阳"], spec.Labels.Take(2));
        Assert.Equal(["66.7%（2人）", "33.3%（1人）"], spec.Series[0].Display.Take(2));
    }

    [Fact]
    public async Task ClickBar_ByRegion_DrillsToTheCraftsmenOfThatRegionAndTier()
    {
        var cut = RenderTiers();

        // Series 3 is 市级工匠; label 0 is 成都.
        await cut.InvokeAsync(() => ClickChartAsync(Charts, CanvasOf(cut, "tier-by-region"), seriesIndex: 3, index: 0));

        Assert.Equal("http://localhost/tiers/craftsmen?region=510100&tier=city",
            Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().Uri);
    }
}
