using Dashboard.Data.Entities;
using Dashboard.Data.Seeding;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Seeding;

public sealed class DashboardSeederTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_SecondTime_AddsNothing(DatabaseProvider provider)
    {
        // Arrange
        await using var database = await SeededAsync(provider);
        var before = await CountRowsAsync(database);

        // Act
        await database.SeedAsync(new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true));

        // Assert
        Assert.Equal(before, await CountRowsAsync(database));
        Assert.True(before["Craftsmen"] > 5000);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_SampleTiers_ReconcileWithPublishedTotals(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateDbContext();

        var published = await db.PublishedIndicators.ToDictionaryAsync(i => i.Code, i => i.Value, Token);
        var byTier = await db.Craftsmen.GroupBy(c => c.TierCode).ToDictionaryAsync(g => g.Key, g => g.Count(), Token);
        var provincialByYear = await db.Craftsmen.Where(c => c.TierCode == "provincial")
            .GroupBy(c => c.YearNamed).ToDictionaryAsync(g => g.Key ?? 0, g => g.Count(), Token);

        Assert.Equal(5, byTier["national"]);
        Assert.Equal(9, byTier["national-candidate"]);
        Assert.Equal(380, byTier["provincial"]);
        Assert.Equal(4969, byTier["city"]);
        Assert.Equal(published["T1"], byTier["national"]);
        Assert.Equal(published["T2"], byTier["national-candidate"]);
        Assert.Equal(published["T3"], byTier["provincial"]);
        Assert.Equal(published["T4"], byTier["city"]);

        Assert.Equal(30, provincialByYear[2017]);
        Assert.Equal(200, provincialByYear[2024]);
        Assert.Equal(150, provincialByYear.Where(y => y.Key is > 2017 and < 2024).Sum(y => y.Value));
    }

    [Fact]
    public async Task Seed_NamedPeople_AreRealRecordsCountedInTheirTiers()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();

        var kong = await db.Craftsmen.SingleAsync(c => c.Name == "孔建伟", Token);
        var national = await db.Craftsmen.Where(c => c.TierCode == "national" && !c.IsSample).Select(c => c.Name).ToListAsync(Token);
        var studio = await db.InnovationStudios.SingleAsync(s => s.LeadCraftsmanId == kong.Id, Token);

        Assert.False(kong.IsSample);
        Assert.Equal((2017, 1), (kong.YearNamed, kong.Batch));
        Assert.Equal(["崔兴国", "陈行行"], national.Order(StringComparer.Ordinal));
        Assert.Equal(2012, studio.FoundedYear);
        Assert.False(studio.IsSample);
    }

    [Fact]
    public async Task Seed_SampleRecords_AreFlaggedAndNamedAsSample()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();

        Assert.All(await db.Craftsmen.Where(c => c.IsSample).Select(c => c.Name).ToListAsync(Token), n => Assert.StartsWith("示例工匠 ", n));
        Assert.All(await db.Enterprises.Select(e => new { e.Name, e.IsSample }).ToListAsync(Token), e => Assert.True(e.IsSample && e.Name.StartsWith("示例企业 ", StringComparison.Ordinal)));
        Assert.All(await db.Competitions.Where(c => c.IsSample).Select(c => c.Name).ToListAsync(Token), n => Assert.StartsWith("示例竞赛 ", n));
        Assert.All(await db.InnovationStudios.Where(s => s.IsSample).Select(s => s.Name).ToListAsync(Token), n => Assert.StartsWith("示例创新工作室 ", n));
        Assert.All(await db.Honours.Where(h => h.IsSample).Select(h => h.RecipientName).ToListAsync(Token), n => Assert.StartsWith("示例劳模 ", n));
        Assert.False(await db.InnovationAchievements.AnyAsync(a => !a.IsSample, Token));
        Assert.False(await db.Craftsmen.AnyAsync(c => !c.IsSample && c.Name.StartsWith("示例"), Token));
    }

    [Fact]
    public async Task Seed_SampleCompetitions_MeetPublishedFloorsEveryYear()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();

        var demonstrationByYear = await db.Competitions.Where(c => c.Level == CompetitionLevel.ProvincialDemonstration)
            .GroupBy(c => c.Year!.Value).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(Token);
        var aboveScale = await db.Enterprises.CountAsync(e => e.IsAboveScale, Token);
        var participatingByYear = await db.CompetitionEntries.Where(e => e.Enterprise!.IsAboveScale)
            .GroupBy(e => e.Competition!.Year!.Value)
            .Select(g => new { Year = g.Key, Enterprises = g.Select(e => e.EnterpriseId).Distinct().Count() })
            .ToListAsync(Token);

        Assert.Equal([2020, 2021, 2022, 2023, 2024], demonstrationByYear.Select(y => y.Year).Order());
        Assert.All(demonstrationByYear, y => Assert.True(y.Count >= 30, $"{y.Year}: {y.Count} provincial demonstration competitions"));
        Assert.Equal(5, participatingByYear.Count);
        Assert.All(participatingByYear, y => Assert.True(y.Enterprises * 100m / aboveScale >= 90m, $"{y.Year}: {y.Enterprises} of {aboveScale}"));
        Assert.Equal(1000, await db.Enterprises.CountAsync(e => e.KeyEnterpriseYear != null, Token));
    }

    [Fact]
    public async Task Seed_SampleInnovation_ReconcilesWithPublishedFigures()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();

        var provincial = db.InnovationStudios.Where(s => s.Level == StudioLevel.Provincial);
        var yearly = await db.InnovationAchievements.GroupBy(a => a.Year)
            .Select(g => new { Year = g.Key, Count = g.Count(), Savings = g.Sum(a => a.SavingsYuan) }).ToListAsync(Token);
        var tallies = await db.StaffInnovationTallies.GroupBy(t => t.Category)
            .ToDictionaryAsync(g => g.Key, g => g.Sum(t => t.Count), Token);

        Assert.Equal(464, await provincial.CountAsync(Token));
        Assert.Equal(113, await provincial.CountAsync(s => s.IsCraftsmanLed, Token));
        Assert.True(await db.InnovationStudios.CountAsync(s => s.Level == StudioLevel.BelowProvincial, Token) > 5000);
        Assert.Equal(5, yearly.Count);
        Assert.All(yearly, y => Assert.True(y.Count > 2000 && y.Savings > 200_0000_0000L, $"{y.Year}: {y.Count} achievements, {y.Savings} yuan"));
        Assert.Equal(1_295_000, tallies[AchievementCategory.RationalisationProposal]);
        Assert.Equal(96_000, tallies[AchievementCategory.TechnicalInnovation]);
        Assert.Equal(93, await db.Honours.CountAsync(h => h.Year == 2025, Token));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_SameSettingsTwice_MakesTheSameRecords(DatabaseProvider provider)
    {
        await using var first = await SeededAsync(provider);
        await using var second = await SeededAsync(provider);

        Assert.Equal(await FingerprintAsync(first), await FingerprintAsync(second));

        static async Task<string> FingerprintAsync(TestDatabase database)
        {
            await using var db = database.CreateDbContext();
            var craftsmen = await db.Craftsmen.OrderBy(c => c.Id).Select(c => c.Name + c.RegionCode + c.IndustryCode + c.YearNamed).ToListAsync(Token);
            var savings = await db.InnovationAchievements.OrderBy(a => a.Id).Select(a => a.SavingsYuan).ToListAsync(Token);
            return string.Join(",", craftsmen) + string.Join(",", savings);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_SampleDataOff_KeepsPublishedAndNamedRecordsOnly(DatabaseProvider provider)
    {
        // Arrange: a database that has sample data, restarted with it switched off
        await using var database = await SeededAsync(provider);

        // Act
        await database.SeedAsync(new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: false));

        // Assert
        await using var db = database.CreateDbContext();
        Assert.False(await db.Craftsmen.AnyAsync(c => c.IsSample, Token));
        Assert.False(await db.Enterprises.AnyAsync(Token));
        Assert.False(await db.InnovationAchievements.AnyAsync(Token));
        Assert.Equal(3, await db.Craftsmen.CountAsync(Token));
        Assert.Equal(48, await db.PublishedIndicators.CountAsync(Token));
    }

    [Theory]
    [InlineData("published/indicators.json", "\"qualifier\": \">=\"", "\"qualifier\": \"about\"")]
    [InlineData("published/indicators.json", "\"value\": 5,", "\"value\": \"five\",")]
    [InlineData("published/indicators.json", "\"unit\": \"人\",", "\"unit\": \"人\", \"extra\": 1,")]
    [InlineData("records/named-records.json", "\"regionCode\": \"510300\"", "\"regionCode\": 510300")]
    public async Task Seed_MalformedLine_NamesFileAndLineButNoPathOrTypeAndChangesNothing(string file, string text, string broken)
    {
        // Arrange: a copy of seeds/ with one broken line, seeded into an empty database
        var seeds = CopySeeds();
        var path = Path.Combine(seeds, file);
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        lines[line] = lines[line].Replace(text, broken, StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        await using var database = await SqliteTestDatabase.CreateAsync();

        // Act
        var error = await Assert.ThrowsAsync<SeedDataException>(() => database.SeedAsync(new SeedOptions(seeds, IncludeSampleData: true)));

        // Assert
        Assert.Equal(new SeedFailure(file, line + 1, SeedProblem.InvalidValue), error.Failure with { Detail = null });
        Assert.StartsWith($"Seed file {file} line {line + 1}: InvalidValue ($", error.Message);
        Assert.DoesNotContain(seeds, error.Message);
        Assert.DoesNotContain("Dashboard.", error.Message);
        Assert.DoesNotContain("System.", error.Message);
        Assert.All((await CountRowsAsync(database)).Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Seed_MissingFile_NamesItWithoutTheSeedFolder()
    {
        var seeds = CopySeeds();
        File.Delete(Path.Combine(seeds, "reference", "tiers.json"));
        await using var database = await SqliteTestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => database.SeedAsync(new SeedOptions(seeds, IncludeSampleData: true)));

        Assert.Equal(new SeedFailure("reference/tiers.json", null, SeedProblem.Missing), error.Failure);
        Assert.DoesNotContain(seeds, error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_UnknownRegionInNamedRecords_ThrowsNamingTheCode(DatabaseProvider provider)
    {
        var seeds = CopySeeds();
        var path = Path.Combine(seeds, "records", "named-records.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"regionCode\": \"510300\"", "\"regionCode\": \"999999\""));
        await using var database = await TestDatabase.CreateAsync(provider);

        var error = await Assert.ThrowsAsync<SeedDataException>(() => database.SeedAsync(new SeedOptions(seeds, IncludeSampleData: true)));

        Assert.Equal(new SeedFailure("records/named-records.json", null, SeedProblem.UnknownCodes, "region: 999999"), error.Failure);
        Assert.Equal(0, (await CountRowsAsync(database))["Regions"]);
    }

    private static string CopySeeds()
    {
        var target = Directory.CreateTempSubdirectory("dashboard-seeds-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    /// <summary>
    /// Seeded here rather than copied from a seeded template, as <see cref="TestDatabase.CreateSeededAsync"/> may do on
    /// PostgreSQL: these tests are about the seeding itself.
    /// </summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.SeedAsync(new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true));
        return database;
    }

    private static async Task<Dictionary<string, int>> CountRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return new Dictionary<string, int>
        {
            ["Regions"] = await db.Regions.CountAsync(Token),
            ["Industries"] = await db.Industries.CountAsync(Token),
            ["Tiers"] = await db.CraftsmanTiers.CountAsync(Token),
            ["Sources"] = await db.Sources.CountAsync(Token),
            ["Indicators"] = await db.PublishedIndicators.CountAsync(Token),
            ["Targets"] = await db.PlanTargets.CountAsync(Token),
            ["Enterprises"] = await db.Enterprises.CountAsync(Token),
            ["Craftsmen"] = await db.Craftsmen.CountAsync(Token),
            ["Honours"] = await db.Honours.CountAsync(Token),
            ["Competitions"] = await db.Competitions.CountAsync(Token),
            ["Entries"] = await db.CompetitionEntries.CountAsync(Token),
            ["Studios"] = await db.InnovationStudios.CountAsync(Token),
            ["Achievements"] = await db.InnovationAchievements.CountAsync(Token),
            ["Tallies"] = await db.StaffInnovationTallies.CountAsync(Token),
        };
    }
}
