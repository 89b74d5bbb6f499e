using System.Text.Json;
using Dashboard.Tests.Shared;

namespace Dashboard.Data.Tests.Seeding;

/// <summary>
/// The repository's own list of published figures (seeds/published/indicators.json), checked on its own
/// terms so that a clone with nothing beside it still proves it whole. The row-by-row comparison with the
/// source list is <see cref="PublishedIndicatorSeedTests"/>.
/// </summary>
public sealed class PublishedListTests
{
    private static readonly string[] s_requiredText = ["labelZh", "labelEn", "unit", "unitEn", "periodZh", "periodEn", "locator"];

    [Fact]
    public void PublishedList_EveryFigure_HasValueQualifierUnitPeriodAndLocator()
    {
        var figures = ReadJsonArray("published", "indicators.json");

        Assert.NotEmpty(figures);
        Assert.All(figures, figure =>
        {
            var code = figure.GetProperty("code").GetString();
            Assert.Equal(JsonValueKind.Number, figure.GetProperty("value").ValueKind);
            Assert.Contains(figure.GetProperty("qualifier").GetString(), new[] { "=", ">", ">=" });
            Assert.All(s_requiredText, name => Assert.False(
                string.IsNullOrWhiteSpace(figure.GetProperty(name).GetString()), $"{code} has no {name}."));
        });
    }

    [Fact]
    public void PublishedList_Codes_AreUniqueNumberedWithoutGapsAndMatchTheirArea()
    {
        var figures = ReadJsonArray("published", "indicators.json");
        var codes = figures.Select(f => f.GetProperty("code").GetString()!).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var group in codes.GroupBy(c => c[0]))
        {
            Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(c => int.Parse(c[1..])).Order());
        }
        Assert.All(figures, f => Assert.Equal(
            f.GetProperty("code").GetString()![0] switch { 'T' => "Tiers", 'C' => "Competitions", _ => "Innovation" },
            f.GetProperty("area").GetString()));
    }

    [Fact]
    public void PublishedList_EveryFigure_CitesAKnownSource()
    {
        var sources = ReadJsonArray("reference", "sources.json").Select(s => s.GetProperty("code").GetString()).ToHashSet();

        Assert.All(ReadJsonArray("published", "indicators.json"),
            f => Assert.Contains(f.GetProperty("sourceCode").GetString(), sources));
    }

    [Fact]
    public void PublishedList_TwoStudioCounts_464And461_BothPresentWithNotesNamingEachOther()
    {
        var figures = ReadJsonArray("published", "indicators.json").ToDictionary(f => f.GetProperty("code").GetString()!);

        Assert.Equal(464, figures["I1"].GetProperty("value").GetDecimal());
        Assert.Equal(461, figures["I9"].GetProperty("value").GetDecimal());
        Assert.Contains("I9", figures["I1"].GetProperty("noteZh").GetString());
        Assert.Contains("I1", figures["I9"].GetProperty("noteZh").GetString());
        Assert.Contains("I9", figures["I1"].GetProperty("noteEn").GetString());
        Assert.Contains("I1", figures["I9"].GetProperty("noteEn").GetString());
    }

    private static List<JsonElement> ReadJsonArray(params string[] pathUnderSeeds)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([RepositoryPaths.Seeds, .. pathUnderSeeds])));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
