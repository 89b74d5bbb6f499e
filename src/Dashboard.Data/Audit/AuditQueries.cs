using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Audit;

/// <summary>Which entries to list: by who acted (part of the user name), what kind, and when (UTC, <c>To</c> exclusive).</summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    public static AuditFilter All { get; } = new();
}

public sealed record AuditRow(
    int Id, DateTime TimeUtc, string Action, string? ActorName, string? TargetName, string? ClientAddress,
    string? Before, string? After, string? Details);

/// <summary>The audit log, newest first, one page at a time or all at once for an export.</summary>
public sealed class AuditQueries([FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> dbFactory)
{
    private static readonly ListColumns<AuditEntry> s_columns = new ListColumns<AuditEntry>()
        .Sortable(nameof(AuditRow.TimeUtc), e => e.TimeUtc)
        .Sortable(nameof(AuditRow.Action), e => e.Action)
        .Text(nameof(AuditRow.ActorName), e => e.ActorName)
        .Text(nameof(AuditRow.TargetName), e => e.TargetName)
        .Text(nameof(AuditRow.ClientAddress), e => e.ClientAddress);

    private static readonly Expression<Func<AuditEntry, AuditRow>> s_toRow = e => new AuditRow(
        e.Id, e.TimeUtc, e.Action, e.ActorName, e.TargetName, e.ClientAddress, e.Before, e.After, e.Details);

    /// <summary>By default the newest first.</summary>
    private static readonly ListOrder<AuditEntry> s_defaultOrder =
        ListOrder<AuditEntry>.ByDescending(e => e.TimeUtc).ThenByDescending(e => e.Id);

    public async Task<PagedResult<AuditRow>> ListAsync(AuditFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await s_columns.PageAsync(Entries(db, filter), request, s_defaultOrder, e => e.Id, s_toRow, cancellationToken);
    }

    /// <summary>Every entry <see cref="ListAsync"/> pages through, in its order, one row at a time: the log's export.</summary>
    public IAsyncEnumerable<AuditRow> StreamAsync(AuditFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => s_columns.Stream(Entries(db, filter), request, s_defaultOrder, e => e.Id, s_toRow), cancellationToken);

    private static IQueryable<AuditEntry> Entries(DashboardDbContext db, AuditFilter filter)
    {
        var entries = db.AuditEntries.AsQueryable();
        if (filter.Actor is { Length: > 0 } actor)
        {
            entries = entries.Where(e => e.ActorName != null && e.ActorName.Contains(actor));
        }
        if (filter.Action is { Length: > 0 } action)
        {
            entries = entries.Where(e => e.Action == action);
        }
        // The bounds are UTC by name; PostgreSQL compares a timestamptz only with a DateTime that says so.
        if (filter.FromUtc is { } from)
        {
            var fromUtc = DateTime.SpecifyKind(from, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimeUtc >= fromUtc);
        }
        if (filter.ToUtc is { } to)
        {
            var toUtc = DateTime.SpecifyKind(to, DateTimeKind.Utc);
            entries = entries.Where(e => e.TimeUtc < toUtc);
        }
        return entries;
    }
}
