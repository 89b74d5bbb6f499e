using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Data;

/// <summary>
/// The factory every query service is given: its contexts see only the current reader's records
/// (<see cref="DashboardDbContext.RegionScope"/>), so a query cannot forget the reader's 市州.
/// </summary>
internal sealed class ReaderDbContextFactory(ReaderContextPool pool, IRecordScopeSource scopes)
    : IDbContextFactory<DashboardDbContext>
{
    // The reader is known only asynchronously; every query service opens its context with CreateDbContextAsync.
    public DashboardDbContext CreateDbContext()
        => throw new NotSupportedException("A reader's context needs the reader's scope: use CreateDbContextAsync.");

    public async Task<DashboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        // The scope first: a failure to find it leaves no context leased.
        var scope = await scopes.GetScopeAsync(cancellationToken);
        return await pool.LeaseAsync(scope, cancellationToken);
    }
}

/// <summary>
/// The readers' contexts, reused across readers: a page then skips building a context's services, 0.1 to 0.25 ms of
/// the seed-size 总览's 2 ms. A context is handed out only with a reader's scope, and sees no record once returned.
/// </summary>
internal sealed class ReaderContextPool(DbContextOptions<DashboardDbContext> options)
{
    private readonly PooledDbContextFactory<DashboardDbContext> _contexts = new(options);

    public async Task<DashboardDbContext> LeaseAsync(RecordScope scope, CancellationToken cancellationToken)
        => (await _contexts.CreateDbContextAsync(cancellationToken)).LeasedTo(scope);
}

/// <summary>
/// Contexts over every record, for what belongs to no reader: migrating and seeding, accounts, data-protection
/// keys, and the public published figures and reference lists. Asked for by the key <see cref="Key"/>.
/// </summary>
public sealed class WholeDatabaseDbContextFactory(DbContextOptions<DashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
{
    public const string Key = "whole-database";

    public DashboardDbContext CreateDbContext() => new(options);
}
