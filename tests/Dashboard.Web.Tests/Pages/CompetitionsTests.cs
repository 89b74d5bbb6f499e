using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// 竞赛 over the seeded named competitions (刑侦 2021 and 川渝铁路 2023, provincial; two standing themes
/// with no year) plus sample ones: two provincial demonstration competitions in 2024 and one in 2023, and
/// four above-scale railway enterprises in 成都, three taking part in 2024 and one in 2023.
/// </summary>
public sealed class CompetitionsTests : PageTestContext
{
    protected override void AddRecords(DashboardDbContext db)
    {
        TestRecords.AddCompetitionsWithEntries(db);
    }

    private IRenderedComponent<Competitions> RenderCompetitions()
    {
        var cut = Render<Competitions>();
        cut.WaitForElement("[data-chart='competitions-conference'] canvas");
        return cut;
    }

    [Fact]
    public void Render_ByYear_LevelsPerYearAgainstTheThirtyLine()
    {
        var cut = RenderCompetitions();

        var spec = SpecOf(cut, Charts, "competitions-by-year");

        Assert.Equal(["2021", "2023", "2024"], spec.Labels);
        Assert.Equal(["省级示范性", "省级"], spec.Series.Select(s => s.Label));
        Assert.Equal([0d, 1d, 2d], spec.Series[0].Values);
        Assert.Equal([1d, 1d, 0d], spec.Series[1].Values);
        Assert.Equal("2个（同比 +100%）", spec.Series[0].Display[2]);
        var target = Assert.Single(spec.TargetLines);
        Assert.Equal(30d, target.Value);
        Assert.Equal("不少于30个/年", target.Display);
        Assert.Equal("不少于", target.Qualifier);
    }

    [Fact]
    public void Render_Participation_SharePerYearAgainstNinetyPercent()
    {
        var cut = RenderCompetitions();

        var spec = SpecOf(cut, Charts, "competitions-participation");

        Assert.Equal(["2023", "2024"], spec.Labels);
        Assert.Equal([25d, 75d], spec.Series[0].Values);
        Assert.Equal("75%（3 / 4家）（同比 +50个百分点）", spec.Series[0].Display[1]);
        Assert.Equal(90d, Assert.Single(spec.TargetLines).Value);
    }

    [Fact]
    public void Render_ByIndustry_EnterprisesAndWorkersOverAllYears()
    {
        var cut = RenderCompetitions();

        var spec = SpecOf(cut, Charts, "competitions-by-industry");

        Assert.Equal(["铁路"], spec.Labels);
        Assert.Equal([4d], spec.Series[0].Values);
        Assert.Equal([45d], spec.Series[1].Values);
        Assert.True(spec.Series[1].AsLine && spec.Series[1].OnSecondaryAxis);
    }

    [Fact]
    public void Render_Conference_PublishedAwardsWithoutSampleMarker()
    {
        var cut = RenderCompetitions();

        var spec = SpecOf(cut, Charts, "competitions-conference");

        Assert.Equal([100d, 188d, 375d], spec.Series[0].Values);
        Assert.Equal(["100家", "188个", "375项"], spec.Series[0].Display);
        Assert.Empty(cut.FindAll("[data-chart='competitions-conference'] .sample-badge"));
    }

    [Fact]
    public void ToggleTable_Participation_ShowsTheSameFormattedNumbers()
    {
        var cut = RenderCompetitions();

        cut.Find("[data-chart='competitions-participation'] .chart-table-toggle input").Change(true);

        var rows = cut.FindAll("[data-chart='competitions-participation'] .chart-table tbody tr");
        Assert.Equal(["2023", "25%（1 / 4家）", "不少于90%"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal("75%（3 / 4家）（同比 +50个百分点）", rows[1].Children[1].TextContent);
    }

    [Fact]
    public async Task ClickBar_ByYear_DrillsToThatYearsCompetitionsAtThatLevel()
    {
        var cut = RenderCompetitions();

        await cut.InvokeAsync(() => ClickChartAsync(Charts, CanvasOf(cut, "competitions-by-year"), seriesIndex: 0, index: 2));

        Assert.Equal("http://localhost/competitions/list?from=2024&to=2024&level=ProvincialDemonstration",
            Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().Uri);
    }
}
