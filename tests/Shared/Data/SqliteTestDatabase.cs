using Dashboard.Data;
using Dashboard.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Shared.Data;

/// <summary>A migrated in-memory SQLite database that lives as long as the test's open connection.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private SqliteTestDatabase()
    {
    }

    /// <summary>An empty database, for code under test that migrates it.</summary>
    public static SqliteTestDatabase Reserve()
    {
        var database = new SqliteTestDatabase();
        database._connection.Open();
        return database;
    }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = Reserve();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A database seeded from the repository's seeds/ folder, as the app seeds it on start.</summary>
    public static async Task<SqliteTestDatabase> CreateSeededAsync(bool includeSampleData = true)
    {
        var database = await CreateAsync();
        await database.SeedAsync(new SeedOptions(RepositoryPaths.Seeds, includeSampleData));
        return database;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override DbContextOptions<DashboardDbContext> Options => new DbContextOptionsBuilder<DashboardDbContext>()
        .UseSqlite(_connection)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();
}
