using Dashboard.Data.Changes;
using Dashboard.Data.Seeding;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Tests;

public sealed class StartupTests
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("dashboard-startup-").FullName, "dashboard.db");
    private readonly TestLoggerProvider _logs = new();

    // One second per command, so a held database shows up as SQLITE_BUSY quickly instead of after the default 30 s.
    private string ConnectionString => $"Data Source={_file};Pooling=False;Default Timeout=1";

    [Fact]
    public async Task MigrateAndSeed_NewDatabaseFile_WriteAheadLog()
    {
        await using var services = CreateServices();

        await services.MigrateAndSeedDashboardDataAsync(TestContext.Current.CancellationToken);

        await using var check = CreateContext();
        Assert.Equal("wal", await check.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MigrateAndSeed_StaleMigrationLock_RemovesItAndStarts()
    {
        // Arrange: a migrated database with the lock row a process killed mid-migration leaves behind
        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2025-01-01 08:00:00.0000000+00:00');",
                TestContext.Current.CancellationToken);
        }
        await using var services = CreateServices();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));

        // Act
        await services.MigrateAndSeedDashboardDataAsync(timeout.Token);

        // Assert
        await using var check = CreateContext();
        Assert.Equal(0, await check.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(TestContext.Current.CancellationToken));
        Assert.Contains(_logs.Lines, line => line.StartsWith("Warning: Removed a stale migration lock taken at 2025-01-01", StringComparison.Ordinal));
        Assert.True(await check.Regions.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MigrateAndSeed_DatabaseHeldByAnotherConnection_RetriesAndStarts()
    {
        // Arrange: another connection holds the whole database for longer than one command waits
        await using var other = new SqliteConnection(ConnectionString);
        await other.OpenAsync(TestContext.Current.CancellationToken);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await using var services = CreateServices();

        // Act
        var startup = services.MigrateAndSeedDashboardDataAsync(TestContext.Current.CancellationToken);
        // Released once start-up has met the lock and said it will retry.
        await _logs.WaitForLineAsync(IsRetryWarning, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await startup.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains(_logs.Lines, IsRetryWarning);
        await using var check = CreateContext();
        Assert.True(await check.Regions.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MigrateAndSeed_NoPostgresDatabaseYet_CreatesMigratesAndSeedsIt()
    {
        // Arrange
        await using var database = PostgresTestDatabase.Reserve();
        await using var services = PostgresServices(database);

        // Act
        await services.MigrateAndSeedDashboardDataAsync(TestContext.Current.CancellationToken);

        // Assert
        await using var check = database.CreateDbContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.True(await check.Regions.AnyAsync(TestContext.Current.CancellationToken));
        Assert.IsType<PostgresRecordChangeNotifier>(services.GetRequiredService<IRecordChangeNotifier>());
    }

    [Fact]
    public async Task MigrateAndSeed_TwoServersStartTogetherOnPostgres_SeedOnceBetweenThem()
    {
        // Arrange
        await using var database = PostgresTestDatabase.Reserve();
        await using var first = PostgresServices(database);
        await using var second = PostgresServices(database);

        // Act
        await Task.WhenAll(
            Task.Run(() => first.MigrateAndSeedDashboardDataAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
            Task.Run(() => second.MigrateAndSeedDashboardDataAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        // Assert: as many rows as one server's seeding makes, and neither server met a failure
        await using var reference = await TestDatabase.CreateSeededAsync(DatabaseProvider.Sqlite, includeSampleData: true);
        await using var expected = reference.CreateDbContext();
        await using var check = database.CreateDbContext();
        Assert.Equal(
            (await expected.Regions.CountAsync(TestContext.Current.CancellationToken), await expected.Craftsmen.CountAsync(TestContext.Current.CancellationToken)),
            (await check.Regions.CountAsync(TestContext.Current.CancellationToken), await check.Craftsmen.CountAsync(TestContext.Current.CancellationToken)));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("Seeding stopped", StringComparison.Ordinal));
    }

    private ServiceProvider PostgresServices(PostgresTestDatabase database) => new ServiceCollection()
        .AddLogging(logging => logging.AddProvider(_logs))
        .AddDashboardData(database.ConnectionString, new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true), DatabaseProvider.Postgres)
        .BuildServiceProvider();

    private DashboardDbContext CreateContext()
        => new(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(ConnectionString).Options);

    private ServiceProvider CreateServices() => new ServiceCollection()
        .AddLogging(logging => logging.AddProvider(_logs))
        .AddDashboardData(ConnectionString, new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: false))
        .BuildServiceProvider();

    private static bool IsRetryWarning(string line)
        => line.StartsWith("Warning: The database is locked by another connection", StringComparison.Ordinal) && line.EndsWith("retrying in 1 s.", StringComparison.Ordinal);
}
