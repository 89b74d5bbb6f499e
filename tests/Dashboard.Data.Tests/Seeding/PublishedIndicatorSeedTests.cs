using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Entities;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Seeding;

/// <summary>
/// Checks the seeded published figures against the list they were taken from, row by row. That list lives
/// beside the repository (../shared/source/facts.md), as CI has it; <see cref="PublishedListTests"/> checks
/// the repository's own list on its own terms wherever the tests run.
/// </summary>
public sealed partial class PublishedIndicatorSeedTests
{
    // facts.md writes two figures in words; these are their seeded numbers.
    private static readonly Dictionary<string, (decimal Value, decimal? Second, string? Unit)> s_spelledOut = new()
    {
        ["T8"] = (2, null, "年"),                // "every 2 years"
        ["I15"] = (3, 25, "类 / 项"),           // "3 categories, 25 items"
    };

    [Fact]
    public async Task Seed_EveryFactsRow_SeededOnceWithValueQualifierUnitAndLocator()
    {
        // Arrange
        var facts = ReadFactsTable();
        await using var database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);

        // Act
        await using var db = database.CreateDbContext();
        var seeded = await db.PublishedIndicators.ToListAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(48, facts.Count);
        Assert.Equal(facts.Select(f => f.Code).Order(), seeded.Select(i => i.Code).Order());
        Assert.All(facts, fact =>
        {
            var indicator = Assert.Single(seeded, i => i.Code == fact.Code);
            var expected = s_spelledOut.TryGetValue(fact.Code, out var spelled)
                ? spelled
                : (ParseFirst(fact.Value), ParseSecond(fact.Value), fact.Unit == "—" ? null : fact.Unit);
            Assert.Equal(expected.Item1, indicator.Value);
            Assert.Equal(expected.Item2, indicator.SecondValue);
            Assert.Equal(expected.Item3, indicator.Unit);
            Assert.Equal(fact.Qualifier, indicator.Qualifier);
            Assert.Equal(fact.Locator, indicator.Locator);
            Assert.Equal(fact.Code[0] switch { 'T' => DashboardArea.Tiers, 'C' => DashboardArea.Competitions, _ => DashboardArea.Innovation }, indicator.Area);
        });
    }

    [Fact]
    public async Task Seed_TwoStudioCounts_BothKeptWithNotesNamingEachOther()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        await using var db = database.CreateDbContext();

        var i1 = await db.PublishedIndicators.SingleAsync(i => i.Code == "I1", TestContext.Current.CancellationToken);
        var i9 = await db.PublishedIndicators.SingleAsync(i => i.Code == "I9", TestContext.Current.CancellationToken);

        Assert.Equal(464m, i1.Value);
        Assert.Equal(461m, i9.Value);
        Assert.Contains("I9", i1.NoteZh);
        Assert.Contains("I1", i9.NoteZh);
    }

    private sealed record FactRow(string Code, string Value, Qualifier Qualifier, string Unit, string Locator);

    private static List<FactRow> ReadFactsTable()
    {
        TestEnvironment.Require(File.Exists(RepositoryPaths.FactsFile),
            $"Compares seeds/published with the source list at {RepositoryPaths.FactsFile}, which is beside the repository only where CI lays it.");
        return File.ReadLines(RepositoryPaths.FactsFile)
            .Select(line => FactRowPattern().Match(line))
            .Where(m => m.Success)
            .Select(m =>
            {
                var cells = m.Value.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                // | id | figure | value | qualifier | unit | period | locator |
                return new FactRow(cells[0], cells[2], cells[3] switch
                {
                    "=" => Qualifier.Exact,
                    ">" => Qualifier.MoreThan,
                    ">=" => Qualifier.AtLeast,
                    var other => throw new FormatException($"Qualifier '{other}' in facts row {cells[0]}."),
                }, cells[4], cells[6]);
            })
            .ToList();
    }

    private static decimal ParseFirst(string value) => decimal.Parse(value.Split('/')[0].Trim(), CultureInfo.InvariantCulture);

    private static decimal? ParseSecond(string value)
        => value.Split('/') is [_, var second] ? decimal.Parse(second.Trim(), CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\|\s*[TCI]\d+\s*\|.*\|\s*$")]
    private static partial Regex FactRowPattern();
}
