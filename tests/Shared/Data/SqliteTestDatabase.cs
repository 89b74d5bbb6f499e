using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Dashboard.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Shared.Data;

/// <summary>A migrated in-memory SQLite database that lives as long as the test's open connection.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private SqliteTestDatabase()
    {
    }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await database._connection.OpenAsync();
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

    public async Task SeedAsync(SeedOptions options)
    {
        await using var db = CreateDbContext();
        await new DashboardSeeder(db, options, NullLogger<DashboardSeeder>.Instance).SeedAsync();
    }

    /// <summary>The seeded published figures by code: what a page resolves the codes a dashboard query returns with.</summary>
    public async Task<IReadOnlyDictionary<string, PublishedFigure>> GetPublishedFiguresAsync()
        => (await new IndicatorQueries(this).GetPublishedFiguresAsync()).ToDictionary(f => f.Code);

    /// <summary>How many contexts were handed out: each query service call opens one, so tests can count queries.</summary>
    public int ContextsCreated { get; private set; }

    /// <summary>Contexts over every record, as the app's whole-database factory gives them.</summary>
    public DashboardDbContext CreateDbContext() => CreateDbContext(RecordScope.Province);

    /// <summary>Contexts that see only the records of <paramref name="scope"/>, as the app gives a reader bound to a 市州.</summary>
    public IDbContextFactory<DashboardDbContext> For(RecordScope scope) => new ScopedFactory(this, scope);

    private DashboardDbContext CreateDbContext(RecordScope scope)
    {
        ContextsCreated++;
        return new(Options) { RegionScope = scope.RegionCode };
    }

    /// <summary>Options over the test's open connection: what the app's factories build their contexts from.</summary>
    public DbContextOptions<DashboardDbContext> Options => new DbContextOptionsBuilder<DashboardDbContext>()
        .UseSqlite(_connection)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    private sealed class ScopedFactory(SqliteTestDatabase database, RecordScope scope) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateDbContext(scope);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
