using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>
/// The factory every query service is given: its contexts see only the current reader's records
/// (<see cref="DashboardDbContext.RegionScope"/>), so a query cannot forget the reader's 市州.
/// </summary>
internal sealed class ReaderDbContextFactory(DbContextOptions<DashboardDbContext> options, IRecordScopeSource scopes)
    : IDbContextFactory<DashboardDbContext>
{
    // The reader is known only asynchronously; every query service opens its context with CreateDbContextAsync.
    public DashboardDbContext CreateDbContext()
        => throw new NotSupportedException("A reader's context needs the reader's scope: use CreateDbContextAsync.");

    public async Task<DashboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        => new(options) { RegionScope = (await scopes.GetScopeAsync(cancellationToken)).RegionCode };
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
