using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Summaries;

/// <summary>
/// A seeded database of its own per test, written through tracked contexts as the app writes, for tests that a
/// summary's cells follow the records. Each test class runs on SQLite, and its PostgreSQL subclass on PostgreSQL,
/// whose triggers are its own.
/// </summary>
public abstract class SummaryWriteTests : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateSeededAsync(Provider);

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    protected async Task WriteAsync(Func<DashboardDbContext, Task> write)
    {
        await using var db = Database.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await write(db);
        await db.SaveChangesAsync(Token);
    }
}
