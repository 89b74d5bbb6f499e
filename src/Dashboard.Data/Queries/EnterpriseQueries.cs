using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>The enterprises taking part in competitions, and one enterprise, reached from the competitions it entered.</summary>
public sealed class EnterpriseQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>The enterprises of the filter's 市州, industries, size and sample choice, whether they took part or not.</summary>
    public async Task<int> CountAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Enterprises.Filter(filter).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The enterprises with an entry in a competition within the filter (years, level, 市州, industries, above-scale,
    /// sample), each with its entries and workers there: what an enterprises bar or a participation bar counted.
    /// Workers are summed over entries, as the charts sum them. By default the most workers first.
    /// </summary>
    public async Task<PagedResult<EnterpriseRow>> ListAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.CompetitionEntries.Filter(filter);
        return await List(db, entries).PageAsync(request, cancellationToken, measure: e => entries.Where(x => x.EnterpriseId == e.Id).Sum(x => (long)x.Workers));
    }

    /// <summary>Every enterprise <see cref="ListAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<EnterpriseRow> StreamAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => List(db, db.CompetitionEntries.Filter(filter)).Stream(request), cancellationToken);

    private static ListSource<Enterprise, EnterpriseRow> List(DashboardDbContext db, IQueryable<CompetitionEntry> entries) => new(
        db.Enterprises.Where(e => entries.Any(x => x.EnterpriseId == e.Id)),
        new ListColumns<Enterprise>()
            .Text(nameof(EnterpriseRow.Name), e => e.Name)
            .Sortable(nameof(EnterpriseRow.RegionNameZh), e => e.Region!.SortOrder)
            .Sortable(nameof(EnterpriseRow.IndustryNameZh), e => e.Industry!.SortOrder)
            .Sortable(nameof(EnterpriseRow.IsAboveScale), e => e.IsAboveScale)
            .Number(nameof(EnterpriseRow.Entries), e => entries.Count(x => x.EnterpriseId == e.Id))
            .Number(nameof(EnterpriseRow.Workers), e => entries.Where(x => x.EnterpriseId == e.Id).Sum(x => (long)x.Workers)),
        ListOrder<Enterprise>.ByDescending(e => entries.Where(x => x.EnterpriseId == e.Id).Sum(x => x.Workers)).ThenBy(e => e.Name),
        e => e.Id,
        e => new EnterpriseRow(e.Id, e.Name, e.Region!.ShortNameZh, e.Region.NameEn, e.Industry!.NameZh, e.Industry.NameEn, e.IsAboveScale,
            entries.Count(x => x.EnterpriseId == e.Id), entries.Where(x => x.EnterpriseId == e.Id).Sum(x => (long)x.Workers), e.IsSample));

    public async Task<EnterpriseDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id, e.Name, e.RegionCode, RegionNameZh = e.Region!.ShortNameZh, RegionNameEn = e.Region.NameEn,
                e.IndustryCode, IndustryNameZh = e.Industry!.NameZh, IndustryNameEn = e.Industry.NameEn,
                e.IsAboveScale, e.KeyEnterpriseYear, e.IsSample,
                Craftsmen = db.Craftsmen.Count(c => c.EnterpriseId == e.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return null;
        }
        var competitions = await db.CompetitionEntries.Where(e => e.EnterpriseId == id)
            .OrderBy(e => e.Competition!.Year == null).ThenByDescending(e => e.Competition!.Year).ThenBy(e => e.Competition!.Name)
            .Select(e => new EnteredCompetition(e.CompetitionId, e.Competition!.Name, e.Competition.Year, e.Competition.Level, e.Workers, e.Competition.IsSample))
            .ToListAsync(cancellationToken);
        return new EnterpriseDetail(
            enterprise.Id, enterprise.Name, enterprise.RegionCode, enterprise.RegionNameZh, enterprise.RegionNameEn,
            enterprise.IndustryCode, enterprise.IndustryNameZh, enterprise.IndustryNameEn,
            enterprise.IsAboveScale, enterprise.KeyEnterpriseYear, enterprise.IsSample, competitions, enterprise.Craftsmen);
    }
}

/// <param name="Workers">The enterprise's workers who took part.</param>
public sealed record EnteredCompetition(int Id, string Name, int? Year, CompetitionLevel Level, int Workers, bool IsSample);

/// <param name="Craftsmen">Craftsmen on record as employed there.</param>
public sealed record EnterpriseDetail(
    int Id, string Name, string RegionCode, string RegionNameZh, string RegionNameEn,
    string IndustryCode, string IndustryNameZh, string IndustryNameEn, bool IsAboveScale, int? KeyEnterpriseYear, bool IsSample,
    IReadOnlyList<EnteredCompetition> Competitions, int Craftsmen);

/// <param name="Entries">Its entries in the competitions within the filter.</param>
/// <param name="Workers">Workers taking part, summed over those entries.</param>
public sealed record EnterpriseRow(
    int Id, string Name, string RegionNameZh, string RegionNameEn, string IndustryNameZh, string IndustryNameEn,
    bool IsAboveScale, int Entries, long Workers, bool IsSample);
