using Dashboard.Data.Entities;
using Dashboard.Tests.Shared.Data;
using Dashboard.Tools.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Tools.Tests.Generation;

/// <summary>
/// The generator's PostgreSQL path at a tenth of the province: the rows SQLite gets, the summary cells equal to the
/// records, the migrations' indexes and triggers in place, and new records keyed after the generated ones.
/// </summary>
public sealed class DatasetGeneratorOnPostgresTests(ProvinceFractionFixture sqlite, PostgresProvinceFractionFixture postgres)
    : IClassFixture<ProvinceFractionFixture>, IClassFixture<PostgresProvinceFractionFixture>
{
    private static readonly Type[] s_generatedTypes =
        [typeof(Enterprise), typeof(Craftsman), typeof(Honour), typeof(Competition), typeof(CompetitionEntry), typeof(InnovationStudio), typeof(InnovationAchievement), typeof(StaffInnovationTally)];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_ProvinceFractionOnPostgres_WritesTheRowsSqliteGets()
    {
        var database = await postgres.GetAsync();
        await using var onPostgres = database.CreateDbContext();
        await using var onSqlite = sqlite.Database.CreateDbContext();

        foreach (var type in s_generatedTypes)
        {
            Assert.Equal(await ProviderNeutralChecksums.ReadAsync(onSqlite, type), await ProviderNeutralChecksums.ReadAsync(onPostgres, type));
        }
        Assert.Equal(150_000 + 10_890, await onPostgres.InnovationAchievements.CountAsync(Token));
    }

    [Fact]
    public async Task Generate_ProvinceFractionOnPostgres_SummaryCellsEqualTheRecordsAndFollowLaterWrites()
    {
        // Arrange
        var database = await postgres.GetAsync();
        await using var db = database.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await SummaryCells.AssertAchievementCellsEqualRecordsAsync(db, Token);
        await SummaryCells.AssertCraftsmanCellsEqualRecordsAsync(db, Token);
        await SummaryCells.AssertParticipationRowsEqualEntriesAsync(db, Token);
        var lastAchievement = await db.InnovationAchievements.MaxAsync(a => a.Id, Token);
        var lastCraftsman = await db.Craftsmen.MaxAsync(c => c.Id, Token);

        // Act: the app's kind of write, rolled back so the other tests read the generated rows
        await using var transaction = await db.Database.BeginTransactionAsync(Token);
        var studio = await db.InnovationStudios.OrderBy(s => s.Id).FirstAsync(Token);
        var achievement = new InnovationAchievement { StudioId = studio.Id, Year = 2024, Category = AchievementCategory.FiveSmall, Title = "新", SavingsYuan = 7 };
        var craftsman = RecordBuilders.Craftsman("新", "city", region: "510100", year: 2024);
        db.AddRange(achievement, craftsman);
        await db.SaveChangesAsync(Token);

        // Assert: keys after the generated ones (the sequences moved with them) and the triggers back at work
        Assert.True(achievement.Id > lastAchievement, $"{achievement.Id} after {lastAchievement}");
        Assert.True(craftsman.Id > lastCraftsman, $"{craftsman.Id} after {lastCraftsman}");
        await SummaryCells.AssertAchievementCellsEqualRecordsAsync(db, Token);
        await SummaryCells.AssertCraftsmanCellsEqualRecordsAsync(db, Token);
        await SummaryCells.AssertParticipationRowsEqualEntriesAsync(db, Token);
        await transaction.RollbackAsync(Token);
    }

    [Fact]
    public async Task Generate_ProvinceFractionOnPostgres_LeavesTheIndexesAndTriggersOfAMigratedDatabase()
    {
        const string schema = """
            SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
            ORDER BY 1
            """;
        await using var migrated = await PostgresTestDatabase.CreateAsync();
        var generated = await postgres.GetAsync();

        var expected = await QueryAsync(migrated.ConnectionString, schema);

        Assert.Equal(expected, await QueryAsync(generated.ConnectionString, schema));
        Assert.Contains(expected, d => d.StartsWith("CREATE INDEX \"IX_InnovationAchievements_Year_Category\"", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("CREATE TRIGGER \"AchievementSummaries_FollowInsert\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_ProvinceFractionOnPostgres_ReportsEachTableWithItsRate()
    {
        await using var db = (await postgres.GetAsync()).CreateDbContext();

        foreach (var type in s_generatedTypes)
        {
            Assert.Matches($@"(?m)^  {db.Model.FindEntityType(type)!.GetTableName()} +[\d,]+ rows +[\d.]+ s +[\d,]+ rows/s$", postgres.Progress);
        }
        Assert.Matches(@"Counted the summary cells afresh and restored \d+ triggers", postgres.Progress);
        Assert.Matches(@"Rebuilt \d+ secondary indexes", postgres.Progress);
    }

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
