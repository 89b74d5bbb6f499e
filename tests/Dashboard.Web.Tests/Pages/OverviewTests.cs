using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// The overview over a small hand-made dataset: the seeded reference lists, published figures and named
/// people, plus one sample 大国工匠, two 2024 demonstration competitions, four above-scale enterprises (three take part) and
/// achievements worth 1.5亿 + 0.5亿 元 in 2024 and 1亿 in 2023, all flagged sample.
/// </summary>
public abstract class OverviewTestsBase(string culture) : PageTestContext(culture)
{
    protected override void AddRecords(DashboardDbContext db)
    {
        db.Craftsmen.Add(Craftsman("示例工匠 0001", "national", year: 2024, sample: true));
        TestRecords.AddCompetitionsWithEntries(db);
        var studio = Studio("示例创新工作室 1", StudioLevel.Provincial, craftsmanLed: false, sample: true);
        studio.Achievements.AddRange([
            new() { Year = 2024, Title = "示例成果 1", Category = AchievementCategory.FiveSmall, SavingsYuan = 150_000_000, IsSample = true },
            new() { Year = 2024, Title = "示例成果 2", Category = AchievementCategory.TechnicalInnovation, SavingsYuan = 50_000_000, IsSample = true },
            new() { Year = 2023, Title = "示例成果 3", Category = AchievementCategory.FiveSmall, SavingsYuan = 100_000_000, IsSample = true },
        ]);
        db.Add(studio);
    }

    protected IRenderedComponent<Overview> RenderOverview()
    {
        var cut = Render<Overview>();
        cut.WaitForElement("[data-kpi='studios']");
        return cut;
    }

    protected static string Text(IRenderedComponent<Overview> cut, string kpi, string part)
        => cut.Find($"[data-kpi='{kpi}'] .{part}").TextContent.Trim();

    protected static string Footnotes(IRenderedComponent<Overview> cut, string kpi)
        => string.Join(" | ", cut.FindAll($"[data-kpi='{kpi}'] .kpi-footnote-text").Select(f => f.TextContent.Trim()));
}

public sealed class OverviewTests() : OverviewTestsBase("zh-CN")
{
    [Fact]
    public void Render_TierCards_ShowPublishedFigureAndRecordCount()
    {
        var cut = RenderOverview();

        Assert.Equal(["大国工匠", "大国工匠培育对象", "四川工匠", "市级工匠"],
            cut.FindAll("[data-testid='tier-cards'] .kpi-title").Select(t => t.TextContent.Trim()));
        Assert.Equal("5人", Text(cut, "tier-national", "kpi-value"));
        Assert.Equal("4969人", Text(cut, "tier-city", "kpi-value"));
        // The two 大国工匠 the source names and one sample record.
        Assert.Equal("库内记录 3人，其中示例 1人", Footnotes(cut, "tier-national"));
        Assert.NotNull(cut.Find("[data-kpi='tier-national'] .kpi-footnote .sample-badge"));
        // No city-level records here: the published figure stands beside the 0 records, not replaced by it.
        Assert.Equal("库内记录 0人", Footnotes(cut, "tier-city"));
        Assert.Equal("公布数 T1", Text(cut, "tier-national", "kpi-source"));
        Assert.Contains("累计推荐选树大国工匠", cut.Find("[data-kpi='tier-national'] .kpi-source").GetAttribute("title"));
    }

    [Fact]
    public void Render_CompetitionCards_ShowLatestYearFromRecordsMarkedSampleWithTargets()
    {
        var cut = RenderOverview();

        Assert.Equal("省级示范性竞赛（2024年）", Text(cut, "competitions", "kpi-title"));
        Assert.Equal("2个", Text(cut, "competitions", "kpi-value"));
        Assert.Equal("同比 +100% | 目标：不少于30个/年（C1）", Footnotes(cut, "competitions"));
        Assert.Equal("75%", Text(cut, "participation", "kpi-value"));
        Assert.Equal("3 / 4 家规上企业参赛 | 同比 +50个百分点 | 目标：不少于90%（C2）", Footnotes(cut, "participation"));
        Assert.NotNull(cut.Find("[data-kpi='competitions'] .kpi-provenance .sample-badge"));
        Assert.NotNull(cut.Find("[data-kpi='participation'] .kpi-provenance .sample-badge"));
    }

    [Fact]
    public void Render_InnovationCards_KeepPublishedQualifierBesideTheRecords()
    {
        var cut = RenderOverview();

        Assert.Equal("超200亿元/年", Text(cut, "savings", "kpi-value"));
        Assert.Equal("公布数 I5", Text(cut, "savings", "kpi-source"));
        Assert.Equal("2024年库内记录合计 2亿元（2项成果） | 同比 +100%", Footnotes(cut, "savings"));
        Assert.NotNull(cut.Find("[data-kpi='savings'] .kpi-footnote .sample-badge"));
        Assert.Equal("464家", Text(cut, "studios", "kpi-value"));
        Assert.Contains("其中工匠领衔 113家（I2）", Footnotes(cut, "studios"));
        Assert.Contains("文中另一处为 461个（I9）", Footnotes(cut, "studios"));
    }
}

public sealed class OverviewCitedFiguresTests() : OverviewTestsBase("zh-CN")
{
    [Fact]
    public void Render_ForPrint_ListsEveryPublishedFigureTheCardsCite()
    {
        var cut = RenderOverview();

        var codes = cut.FindAll("[data-testid='cited-figures'] .figure-code").Select(c => c.TextContent.Trim());

        Assert.Equal(["T1", "T2", "T3", "T4", "C1", "C2", "I1", "I2", "I5", "I9"], codes);
    }
}

public sealed class OverviewEnglishTests() : OverviewTestsBase("en")
{
    [Fact]
    public void Render_EnglishCulture_LabelsAndUnitsInEnglish()
    {
        var cut = RenderOverview();

        Assert.Equal("Overview", cut.Find("h1").TextContent.Trim());
        Assert.Equal("National great craftsman", Text(cut, "tier-national", "kpi-title"));
        Assert.Equal("4,969 people", Text(cut, "tier-city", "kpi-value"));
        Assert.Equal("Records: 3 people, 1 of them sample", Footnotes(cut, "tier-national"));
        Assert.Equal("Provincial demonstration competitions (2024)", Text(cut, "competitions", "kpi-title"));
        Assert.Equal("over 20 billion yuan a year", Text(cut, "savings", "kpi-value"));
        Assert.Equal("Published I5", Text(cut, "savings", "kpi-source"));
        Assert.Equal("Records for 2024: 200 million yuan (2 achievements) | YoY +100%", Footnotes(cut, "savings"));
    }
}
