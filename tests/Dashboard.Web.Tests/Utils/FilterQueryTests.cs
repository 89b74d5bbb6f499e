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

        Assert.Equal("?from=2021&to=2025&city=510700&city=510100&industry=equipment-manufacturing&tier=city&level=ProvincialDemonstration&sample=0", query);
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
    public void Parse_BadValue_DroppedAndListedTheRestKept(string query, string dropped)
    {
        var parsed = FilterQuery.Parse($"http://localhost/tiers?{query}&city=510700&unrelated=1", s_vocabulary);

        Assert.Equal([dropped], parsed.Dropped);
        Assert.Equal(["510700"], parsed.Filter.Regions);
    }

    [Fact]
    public void Parse_NoFilter_WholeProvince()
    {
        var parsed = FilterQuery.Parse("http://localhost/tiers", s_vocabulary);

        Assert.True(parsed.Filter.IsWholeProvince);
        Assert.Empty(parsed.Dropped);
    }
}
