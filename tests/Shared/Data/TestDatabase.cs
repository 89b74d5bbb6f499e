using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Shared.Data;

/// <summary>
/// A migrated database of its own for one test, on either provider: what the app's factories would give, over the
/// test's database. Tests that should hold on both take a <see cref="DatabaseProvider"/> from <see cref="Providers"/>.
/// </summary>
public abstract class TestDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    /// <summary>Both providers, for a <c>[Theory]</c>: PostgreSQL's case skips without a server (fails under CI).</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => await SqliteTestDatabase.CreateAsync(),
    };

    /// <summary>An empty database, not yet migrated, for code under test that migrates it.</summary>
    public static TestDatabase Reserve(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresTestDatabase.Reserve(),
        _ => SqliteTestDatabase.Reserve(),
    };

    /// <summary>A database seeded from the repository's seeds/ folder, as the app seeds it on start.</summary>
    public static async Task<TestDatabase> CreateSeededAsync(DatabaseProvider provider, bool includeSampleData = true) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateSeededAsync(includeSampleData),
        _ => await SqliteTestDatabase.CreateSeededAsync(includeSampleData),
    };

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Options over the test's database: what the app's factories build their contexts from.</summary>
    public abstract DbContextOptions<DashboardDbContext> Options { get; }

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

    private sealed class ScopedFactory(TestDatabase database, RecordScope scope) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateDbContext(scope);
    }

    public abstract ValueTask DisposeAsync();
}
