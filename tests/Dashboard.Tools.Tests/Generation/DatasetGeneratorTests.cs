using Dashboard.Tests.Shared.Data;
using Dashboard.Tools.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tools.Tests.Generation;

public sealed class DatasetGeneratorTests(ProvinceFractionFixture province) : IClassFixture<ProvinceFractionFixture>
{
    private static readonly string[] s_sampleTables = ["Enterprises", "Craftsmen", "Honours", "Competitions", "InnovationStudios", "InnovationAchievements", "StaffInnovationTallies"];

    [Fact]
    public async Task Generate_ProvinceFraction_WritesTheScaledCounts()
    {
        // Assert: a tenth of 100,000 craftsmen, 1,500,000 achievements below provincial level beside the seed's 10,890
        // provincial ones; enterprises and studios below provincial level stay at the seed's 1500 and 5120, more than a tenth of 15,000 and 22,000.
        var database = province.Database;
        Assert.Equal(10_000, await database.ScalarAsync("SELECT COUNT(*) FROM Craftsmen"));
        Assert.Equal(10_000 - 5 - 9 - 380, await database.ScalarAsync("SELECT COUNT(*) FROM Craftsmen WHERE TierCode = 'city'"));
        Assert.Equal(150_000 + 10_890, await database.ScalarAsync("SELECT COUNT(*) FROM InnovationAchievements"));
        Assert.Equal(1_500, await database.ScalarAsync("SELECT COUNT(*) FROM Enterprises"));
        Assert.Equal(5_120, await database.ScalarAsync("SELECT COUNT(*) FROM InnovationStudios WHERE Level = 'BelowProvincial'"));
        Assert.True(await database.ScalarAsync("SELECT COUNT(*) FROM CompetitionEntries") > 15_000);
    }

    [Fact]
    public async Task Generate_ProvinceFraction_EveryGeneratedRecordIsSampleAndNamedSo()
    {
        // Assert: the records that are not sample are the named real ones, as a database seeded without sample records has them
        var realRecords = string.Join(" UNION ALL ", s_sampleTables.Select(t => $"SELECT '{t}: ' || COUNT(*) FROM \"{t}\" WHERE NOT IsSample"));
        await using var connection = province.Database.OpenConnection();
        Assert.Equal(
            await QuerySeededAsync(realRecords, r => r.GetString(0), includeSampleData: false),
            await TableChecksums.QueryAsync(connection, realRecords, r => r.GetString(0)));
        Assert.Equal(0, await province.Database.ScalarAsync("SELECT COUNT(*) FROM CompetitionEntries e JOIN Competitions c ON c.Id = e.CompetitionId WHERE NOT c.IsSample"));
        Assert.Equal(0, await province.Database.ScalarAsync("""
            SELECT (SELECT COUNT(*) FROM Craftsmen WHERE IsSample AND Name NOT LIKE '示例工匠 %')
                 + (SELECT COUNT(*) FROM Enterprises WHERE IsSample AND Name NOT LIKE '示例企业 %')
                 + (SELECT COUNT(*) FROM Competitions WHERE IsSample AND Name NOT LIKE '示例竞赛 %')
                 + (SELECT COUNT(*) FROM InnovationStudios WHERE IsSample AND Name NOT LIKE '示例创新工作室 %')
                 + (SELECT COUNT(*) FROM InnovationAchievements WHERE IsSample AND Title NOT LIKE '示例成果 %')
            """));
    }

    [Fact]
    public async Task Generate_ProvinceFraction_SpreadsOverAll21RegionsAndTenYears()
    {
        var database = province.Database;
        foreach (var table in new[] { "Craftsmen", "Enterprises", "InnovationStudios" })
        {
            Assert.Equal(21, await database.ScalarAsync($"SELECT COUNT(DISTINCT RegionCode) FROM \"{table}\" WHERE IsSample"));
        }
        Assert.Equal(12, await database.ScalarAsync("SELECT COUNT(DISTINCT IndustryCode) FROM Enterprises"));

        await using var connection = database.OpenConnection();
        Assert.Equal(Enumerable.Range(2015, 10), await TableChecksums.QueryAsync(connection, "SELECT DISTINCT Year FROM InnovationAchievements ORDER BY Year", r => r.GetInt32(0)));
        Assert.Equal(Enumerable.Range(2015, 10), await TableChecksums.QueryAsync(connection, "SELECT DISTINCT Year FROM Competitions WHERE IsSample ORDER BY Year", r => r.GetInt32(0)));
        Assert.Equal(Enumerable.Range(2016, 10), await TableChecksums.QueryAsync(connection, "SELECT DISTINCT YearNamed FROM Craftsmen WHERE TierCode = 'city' ORDER BY YearNamed", r => r.GetInt32(0)));
    }

    [Fact]
    public async Task Generate_ProvinceFraction_KeepsEveryFigureTheSeedReconciles()
    {
        // Arrange
        const string figures = """
            SELECT 'tier ' || TierCode || ': ' || COUNT(*) FROM Craftsmen WHERE TierCode <> 'city' GROUP BY TierCode
            UNION ALL SELECT '四川工匠 batch ' || COALESCE(Batch, '?') || ' of ' || COALESCE(YearNamed, '?') || ': ' || COUNT(*) FROM Craftsmen WHERE TierCode = 'provincial' GROUP BY Batch, YearNamed
            UNION ALL SELECT 'key enterprises of ' || KeyEnterpriseYear || ': ' || COUNT(*) FROM Enterprises WHERE KeyEnterpriseYear IS NOT NULL GROUP BY KeyEnterpriseYear
            UNION ALL SELECT 'honours of ' || COALESCE(Year, '?') || ': ' || COUNT(*) FROM Honours GROUP BY Year
            UNION ALL SELECT Level || ' studios, led ' || IsCraftsmanLed || ': ' || COUNT(*) FROM InnovationStudios WHERE Level <> 'BelowProvincial' GROUP BY Level, IsCraftsmanLed
            UNION ALL SELECT 'provincial studios'' achievements of ' || a.Year || ': ' || COUNT(*) || ', ' || SUM(a.SavingsYuan) || ' 元'
                FROM InnovationAchievements a JOIN InnovationStudios s ON s.Id = a.StudioId WHERE s.Level = 'Provincial' GROUP BY a.Year
            UNION ALL SELECT 'staff ' || Category || ': ' || SUM(Count) FROM StaffInnovationTallies GROUP BY Category
            UNION ALL SELECT 'competitions of ' || COALESCE(Year, '?') || ', ' || Level || ': ' || COUNT(*) FROM Competitions WHERE Year IS NULL OR Year >= 2020 GROUP BY Year, Level
            """;
        const string participation = """
            SELECT c.Year, COUNT(DISTINCT e.EnterpriseId) * 100.0 / (SELECT COUNT(*) FROM Enterprises WHERE IsAboveScale)
            FROM CompetitionEntries e JOIN Competitions c ON c.Id = e.CompetitionId JOIN Enterprises n ON n.Id = e.EnterpriseId
            WHERE n.IsAboveScale GROUP BY c.Year
            """;

        // Act: the figures of the database the app seeds, which the seeding tests check against the published ones
        var expected = await QuerySeededAsync(figures, r => r.GetString(0));
        await using var connection = province.Database.OpenConnection();
        var actual = await TableChecksums.QueryAsync(connection, figures, r => r.GetString(0));
        var participationByYear = await TableChecksums.QueryAsync(connection, participation, r => (Year: r.GetInt32(0), Percent: r.GetDouble(1)));
        var demonstrationByYear = await TableChecksums.QueryAsync(connection,
            "SELECT Year, COUNT(*) FROM Competitions WHERE Level = 'ProvincialDemonstration' AND Year IS NOT NULL GROUP BY Year", r => (Year: r.GetInt32(0), Count: r.GetInt32(1)));

        // Assert: the same figures as the seeded database, and C1 (≥30 a year) and C2 (≥90%) in every one of the ten years
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Contains("tier national: 5", actual);
        Assert.Equal(10, participationByYear.Count);
        Assert.All(participationByYear, y => Assert.True(y.Percent >= 90, $"{y.Year}: {y.Percent:0.0}%"));
        Assert.Equal(10, demonstrationByYear.Count);
        Assert.All(demonstrationByYear, y => Assert.True(y.Count >= 30, $"{y.Year}: {y.Count}"));
    }

    [Fact]
    public async Task Generate_ProvinceFraction_LeavesTheIndexesAndTriggersOfAMigratedDatabase()
    {
        await using var migrated = await SqliteTestDatabase.CreateAsync();
        await using var db = migrated.CreateDbContext();
        const string schema = "SELECT name || ' ON ' || tbl_name || ': ' || COALESCE(sql, 'automatic') FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name";

        var expected = await TableChecksums.QueryAsync((SqliteConnection)db.Database.GetDbConnection(), schema, r => r.GetString(0));
        await using var connection = province.Database.OpenConnection();

        Assert.Equal(expected, await TableChecksums.QueryAsync(connection, schema, r => r.GetString(0)));
        Assert.Contains(expected, i => i.StartsWith("IX_InnovationAchievements_Year_Category ON InnovationAchievements: CREATE INDEX", StringComparison.Ordinal));
        Assert.Contains(expected, t => t.StartsWith("AchievementSummaries_Insert ON InnovationAchievements: CREATE TRIGGER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_ProvinceFraction_SummaryCellsEqualTheRecords()
    {
        await using var db = province.Database.CreateDbContext();

        await SummaryCells.AssertAchievementCellsEqualRecordsAsync(db, TestContext.Current.CancellationToken);
        await SummaryCells.AssertCraftsmanCellsEqualRecordsAsync(db, TestContext.Current.CancellationToken);
        await SummaryCells.AssertParticipationRowsEqualEntriesAsync(db, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Generate_ProvinceFraction_ReportsEachTableWithItsRate()
    {
        foreach (var table in s_sampleTables.Append("CompetitionEntries"))
        {
            Assert.Matches($@"(?m)^  {table} +[\d,]+ rows +[\d.]+ s +[\d,]+ rows/s$", province.Progress);
        }
        Assert.Matches(@"Rebuilt \d+ secondary indexes", province.Progress);
    }

    [Fact]
    public async Task Generate_TwiceAtTheSameScale_WritesIdenticalTables()
    {
        await using var second = await GeneratedDatabase.CreateAsync(ProvinceFractionFixture.Factor);

        var first = await TableChecksums.ReadAsync(province.Database.Path);

        Assert.Equal(first, await TableChecksums.ReadAsync(second.Path));
        Assert.True(first["InnovationAchievements"].Rows > 150_000);
    }

    [Fact]
    public async Task Generate_SeedScale_WritesExactlyWhatTheAppSeeds()
    {
        // Arrange
        await using var seeded = await SqliteTestDatabase.CreateSeededAsync();
        await using var db = seeded.CreateDbContext();
        var expected = await TableChecksums.ReadAsync((SqliteConnection)db.Database.GetDbConnection());

        // Act
        await using var generated = await GeneratedDatabase.CreateAsync(provinceFactor: null);

        // Assert: every table, row for row
        Assert.Equal(expected, await TableChecksums.ReadAsync(generated.Path));
        Assert.Equal(10_890, expected["InnovationAchievements"].Rows);
    }

    /// <summary>Runs <paramref name="sql"/> on a database seeded as the app seeds it.</summary>
    private static async Task<List<T>> QuerySeededAsync<T>(string sql, Func<SqliteDataReader, T> read, bool includeSampleData = true)
    {
        await using var seeded = await SqliteTestDatabase.CreateSeededAsync(includeSampleData);
        await using var db = seeded.CreateDbContext();
        return await TableChecksums.QueryAsync((SqliteConnection)db.Database.GetDbConnection(), sql, read);
    }
}
