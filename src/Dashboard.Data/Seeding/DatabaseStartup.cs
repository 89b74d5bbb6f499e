using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Seeding;

/// <summary>The start-up steps around <c>MigrateAsync</c> that keep a start from hanging without saying why.</summary>
internal static class DatabaseStartup
{
    // Migrating this schema takes seconds and EF never refreshes its lock row, so a row older than this was left by a process that died mid-migration.
    internal static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait before each new try when another connection holds the database past the command timeout.</summary>
    internal static readonly TimeSpan[] BusyRetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16)];

    /// <summary>
    /// EF Core's SQLite migrator waits, silently and without end, for its lock row to go. A live migration removes
    /// it within seconds; this waits for that, and removes a row that outlived <see cref="StaleLockAge"/>.
    /// </summary>
    public static async Task RemoveStaleMigrationLockAsync(DashboardDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        while (await ReadLockTimestampAsync(db, cancellationToken) is { } taken)
        {
            var age = DateTimeOffset.TryParse(taken, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
                ? DateTimeOffset.UtcNow - since
                : StaleLockAge;
            if (age >= StaleLockAge)
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
                logger.LogWarning(
                    "Removed a stale migration lock taken at {Taken}: no migration of this database runs that long, so the process that took it stopped mid-migration. Migrating now.",
                    taken);
                return;
            }
            logger.LogInformation("Another process has been migrating the database since {Taken}; waiting for it to finish.", taken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED, as thrown by a command or wrapped by SaveChanges: another connection holds the database.</summary>
    public static bool IsLocked(Exception ex)
        => (ex as SqliteException ?? ex.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 };

    private static async Task<string?> ReadLockTimestampAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var tableExists = await db.Database
            .SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"sqlite_master\" WHERE \"type\" = 'table' AND \"name\" = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken) > 0;
        return tableExists
            // EF's lock is its one row; Single, where First without an order had EF warn at every start.
            ? await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    /// <summary>
    /// SQLite's write-ahead log lets pages read while an import, an edit or a sign-in writes; in the default rollback
    /// journal a reader and a writer can refuse each other with "database is locked". The mode stays with the file.
    /// </summary>
    public static Task UseWriteAheadLogAsync(DashboardDbContext db, CancellationToken cancellationToken)
        => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    // Any fixed number the app uses for nothing else: "Dashboar" in ASCII.
    private const long SeedingLockKey = 0x44617368626F6172;

    /// <summary>
    /// PostgreSQL: servers starting together on one database migrate and seed one after another, so two never both
    /// apply a migration (the second would drop an index the first dropped) or both find a table empty and fill it
    /// (SQLite's single writer does that by itself). The lock is the connection's, so a server that dies holding it
    /// lets the next one go. The database is created first when it is not there, as MigrateAsync would.
    /// </summary>
    public static async Task<IAsyncDisposable> TakeStartingTurnAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another server starting at the same moment created it.
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SeedingLockKey})", cancellationToken);
        return new SeedingTurn(db);
    }

    private sealed class SeedingTurn(DashboardDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SeedingLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
