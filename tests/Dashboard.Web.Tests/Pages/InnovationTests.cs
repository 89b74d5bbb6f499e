using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// 创新创效 over the seeded published figures and the named national studio, plus two sample provincial
/// studios (one craftsman-led, in 装备制造; the other in 电子信息) with achievements worth 1亿 in 2023 and 1.5亿 + 0.5亿 in 2024, three
/// below-provincial studios, and staff tallies for 2023 and 2024.
/// </summary>
public sealed class InnovationTests : PageTestContext
{
    protected override void AddRecords(DashboardDbContext db)
    {
        var led = Studio("示例创新工作室 1", StudioLevel.Provincial, craftsmanLed: true, sample: true, industry: "equipment-manufacturing");
        var other = Studio("示例创新工作室 2", StudioLevel.Provincial, craftsmanLed: false, sample: true, industry: "electronic-information");
        led.Achievements.AddRange([
            new() { Year = 2023, Title = "示例成果 1", Category = AchievementCategory.FiveSmall, SavingsYuan = 100_000_000, IsSample = true },
            new() { Year = 2024, Title = "示例成果 2", Category = AchievementCategory.FiveSmall, SavingsYuan = 150_000_000, IsSample = true },
        ]);
        other.Achievements.Add(new() { Year = 2024, Title = "示例成果 3", Category = AchievementCategory.TechnicalInnovation, SavingsYuan = 50_000_000, IsSample = true });
        db.AddRange(led, other);
        db.InnovationStudios.AddRange(Enumerable.Range(3, 3).Select(i => Studio($"示例创新工作室 {i}", StudioLevel.BelowProvincial, craftsmanLed: false, sample: true)));
        db.StaffInnovationTallies.AddRange(
            new StaffInnovationTally { Year = 2023, RegionCode = "510100", Category = AchievementCategory.RationalisationProposal, Count = 250_000, IsSample = true },
            new StaffInnovationTally { Year = 2024, RegionCode = "510100", Category = AchievementCategory.RationalisationProposal, Count = 260_000, IsSample = true },
            new StaffInnovationTally { Year = 2024, RegionCode = "510100", Category = AchievementCategory.TechnicalInnovation, Count = 20_000, IsSample = true });
    }

    private IRenderedComponent<Innovation> RenderInnovation()
    {
        var cut = Render<Innovation>();
        cut.WaitForElement("[data-chart='innovation-staff'] canvas");
        return cut;
    }

    [Fact]
    public void Render_Savings_YiYuanPerYearAgainstThePublishedFloor()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-savings");

        Assert.Equal(["2023", "2024"], spec.Labels);
        Assert.Equal([1d, 2d], spec.Series[0].Values);
        Assert.Equal("亿元", spec.ValueAxis.Title);
        Assert.Equal(["1亿元", "2亿元（同比 +100%）"], spec.Series[0].Display);
        var published = Assert.Single(spec.TargetLines);
        Assert.Equal(200d, published.Value);
        Assert.Equal("超200亿元/年", published.Display);
        // A spreadsheet of this chart says 超200, not 200.
        Assert.Equal("超200", spec.ToExportTable("节创效益").Rows[0][^1].Text);
    }

    [Fact]
    public void Render_Achievements_StackedByCategory()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-achievements");

        Assert.Equal(["“五小”成果", "技术革新"], spec.Series.Select(s => s.Label));
        Assert.Equal([1d, 1d], spec.Series[0].Values);
        Assert.Equal([0d, 1d], spec.Series[1].Values);
    }

    [Fact]
    public void Render_Studios_PublishedBesideRecordsWithTheSecondCountNoted()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-studios");

        Assert.Equal(["省级", "省级以下"], spec.Labels);
        Assert.Equal([464d, 5000d], spec.Series[0].Values);
        Assert.Equal(["464家", "超5000个"], spec.Series[0].Display);
        Assert.Equal([2d, 3d], spec.Series[1].Values);
        Assert.Contains("I9", cut.Find("[data-chart='innovation-studios'] .chart-note").TextContent);
    }

    [Fact]
    public void Render_CraftsmanLed_RecordsShareWithPublishedShareInSubtitle()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-craftsman-led");

        Assert.Equal([1d, 1d], spec.Series[0].Values);
        Assert.Equal("1家（50%）", spec.Series[0].Display[0]);
        Assert.Contains("24.3%", cut.Find("[data-chart='innovation-craftsman-led'] .chart-subtitle").TextContent);
    }

    [Fact]
    public void Render_StaffInnovation_TalliesPerYearWithFiveYearTotalsBesidePublished()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-staff");

        // Drawn in 万 on both axes; the exact counts stay in tooltips and the table.
        Assert.Equal([25d, 26d], spec.Series[0].Values);
        Assert.Equal([0d, 2d], spec.Series[1].Values);
        Assert.Equal(("万条", "万项"), (spec.ValueAxis.Title, spec.SecondaryAxis?.Title));
        Assert.Equal(["25万条", "26万条"], spec.Series[0].Display);
        Assert.Equal("库内记录 51万条 / 2万项；公布数 129.5万条（I6）/ 9.6万项（I7）",
            cut.Find("[data-chart='innovation-staff'] .chart-note").TextContent.Replace("五年合计：", ""));
    }

    [Fact]
    public async Task Render_SavingsByIndustry_YiYuanPerIndustryAndABarDrillsToItsProvincialAchievements()
    {
        var cut = RenderInnovation();

        var spec = SpecOf(cut, Charts, "innovation-savings-by-industry");
        await cut.InvokeAsync(() => ClickChartAsync(Charts, CanvasOf(cut, "innovation-savings-by-industry"), seriesIndex: 0, index: 1));

        Assert.Equal(["电子信息", "装备制造"], spec.Labels);
        Assert.Equal([0.5d, 2.5d], spec.Series[0].Values);
        Assert.Equal("2.5亿元（2项）", spec.Series[0].Display[1]);
        Assert.Equal("http://localhost/innovation/achievements?industry=equipment-manufacturing&studio-level=Provincial",
            Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().Uri);
    }
}
