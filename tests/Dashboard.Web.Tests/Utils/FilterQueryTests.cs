using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class FilterQueryTests
{
    private static readonly FilterVocabulary s_vocabulary = new(
        [new("510100", "成都", "Chengdu"), new("510700", "绵阳", "Mianyang")],
        [new("equipment-manufacturing", "装备制造", "Equipment manufacturing")],
        [new("national", "大国工匠", "National great craftsman"), new("city", "市级工匠", "City-level craftsman")]);

    [Fact]
    public void Format_WholeProvince_IsEmpty() => Assert.Equal("", FilterQuery.Format(DashboardFilter.WholeProvince));

    [Fact]
    public void FormatThenParse_EveryCriterion_RoundTrips()
    {
        var filter = new DashboardFilter
        {
            FromYear = 2021,
            ToYear = 2025,
            Regions = ["510700", "510100"],
            Industries = ["equipment-manufacturing"],
            Tier = "city",
            Level = CompetitionLevel.ProvincialDemonstration,
            IncludeSample = false,
        };

        var query = FilterQuery.Format(filter);
        var parsed = FilterQuery.Parse("http://localhost/tiers" + query, s_vocabulary);

        Assert.Equal("?from=2021&to=2025&region=510700&region=510100&industry=equipment-manufacturing&tier=city&level=ProvincialDemonstration&sample=0", query);
        Assert.Empty(parsed.Dropped);
        Assert.Equal((2021, 2025, "city", CompetitionLevel.ProvincialDemonstration, false),
            (parsed.Filter.FromYear, parsed.Filter.ToYear, parsed.Filter.Tier, parsed.Filter.Level, parsed.Filter.IncludeSample));
        Assert.Equal(["510700", "510100"], parsed.Filter.Regions);
        Assert.Equal(["equipment-manufacturing"], parsed.Filter.Industries);
    }

    [Theory]
    [InlineData("from=3000", "from=3000")]
    [InlineData("to=abc", "to=abc")]
    [InlineData("city=999999", "city=999999")]
    [InlineData("industry=%3Cscript%3E", "industry=<script>")]
    [InlineData("tier=emperor", "tier=emperor")]
    [InlineData("level=7", "level=7")]
    [InlineData("level=olympic", "level=olympic")]
    [InlineData("sample=maybe", "sample=maybe")]
    [InlineData("from=2024&to=2020", "from=2024&to=2020")]
    [InlineData("tier=city&tier=national", "tier=national")]
    [InlineData("batch=0", "batch=0")]
    [InlineData("studio-level=Palace", "studio-level=Palace")]
    [InlineData("category=2", "category=2")]
    [InlineData("led=perhaps", "led=perhaps")]
    [InlineData("above-scale=yes", "above-scale=yes")]
    [InlineData("year=1999", "year=1999")]
    [InlineData("year=unknown&from=2021", "year=unknown")]
    public void Parse_BadValue_DroppedAndListedTheRestKept(string query, string dropped)
    {
        var parsed = FilterQuery.Parse($"http://localhost/tiers?{query}&region=510700&unrelated=1", s_vocabulary);

        Assert.Equal([dropped], parsed.Dropped);
        Assert.Equal(["510700"], parsed.Filter.Regions);
    }

    [Fact]
    public void FormatThenParse_DrillCriteria_RoundTripAndDashboardsDropThem()
    {
        var filter = new DashboardFilter
        {
            Tier = "city",
            Batch = 4,
            StudioLevel = StudioLevel.Provincial,
            Category = AchievementCategory.FiveSmall,
            CraftsmanLed = false,
            AboveScale = true,
            Honour = "全国劳动模范",
            YearUnknown = true,
        };

        var query = FilterQuery.Format(filter);
        var parsed = FilterQuery.Parse("http://localhost/innovation/achievements" + query, s_vocabulary);

        Assert.Equal("?tier=city&batch=4&studio-level=Provincial&category=FiveSmall&led=0&above-scale=1&honour=%E5%85%A8%E5%9B%BD%E5%8A%B3%E5%8A%A8%E6%A8%A1%E8%8C%83&year=unknown", query);
        Assert.Empty(parsed.Dropped);
        Assert.Equal(filter with { Regions = parsed.Filter.Regions, Industries = parsed.Filter.Industries }, parsed.Filter);
        Assert.Equal(new DashboardFilter { Tier = "city" } with { Regions = [], Industries = [] }, filter.WithoutDrill() with { Regions = [], Industries = [] });
        Assert.Equal("/innovation?tier=city", DashboardUrls.Innovation(parsed.Filter));
    }

    [Fact]
    public void Parse_LegacyCityKey_ReadAsTheRegion()
    {
        var parsed = FilterQuery.Parse("http://localhost/tiers?city=510700&tier=city", s_vocabulary);

        Assert.Empty(parsed.Dropped);
        Assert.Equal(["510700"], parsed.Filter.Regions);
        Assert.Equal("city", parsed.Filter.Tier);
        Assert.Equal("?region=510700&tier=city", FilterQuery.Format(parsed.Filter));
    }

    [Fact]
    public void Parse_LongBadValue_EchoedCutShort()
    {
        var parsed = FilterQuery.Parse($"http://localhost/tiers?tier={new string('x', 5000)}", s_vocabulary);

        Assert.Equal([$"tier={new string('x', 40)}…"], parsed.Dropped);
    }

    [Fact]
    public void Parse_NoFilter_WholeProvince()
    {
        var parsed = FilterQuery.Parse("http://localhost/tiers", s_vocabulary);

        Assert.True(parsed.Filter.IsWholeProvince);
        Assert.Empty(parsed.Dropped);
    }
}
