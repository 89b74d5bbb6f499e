using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>The craftsmen behind the 工匠梯队 charts, one page at a time, and one craftsman in full.</summary>
public sealed class CraftsmanListQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    private static readonly ListColumns<Craftsman> s_columns = new ListColumns<Craftsman>()
        .Text(nameof(CraftsmanRow.Name), c => c.Name)
        .Text(nameof(CraftsmanRow.EmployerName), c => c.EmployerName)
        .Sortable(nameof(CraftsmanRow.TierNameZh), c => c.TierRank)
        .Sortable(nameof(CraftsmanRow.RegionNameZh), c => c.Region!.SortOrder)
        .Sortable(nameof(CraftsmanRow.IndustryNameZh), c => c.Industry!.SortOrder)
        .Number(nameof(CraftsmanRow.YearNamed), c => c.YearNamed)
        .Number(nameof(CraftsmanRow.Batch), c => c.Batch);

    private static readonly Expression<Func<Craftsman, CraftsmanRow>> s_toRow = c => new CraftsmanRow(
        c.Id, c.Name, c.TierCode, c.Tier!.NameZh, c.Tier.NameEn, c.TierRank,
        c.RegionCode, c.Region!.ShortNameZh, c.Region.NameEn, c.Industry!.NameZh, c.Industry.NameEn,
        c.EmployerName, c.YearNamed, c.Batch, c.IsSample);

    /// <summary>
    /// By default the highest tier first, then the most recently named. The tier's code follows its rank, which it
    /// never splits, so the order is the list's index's from its first column on.
    /// </summary>
    private static readonly ListOrder<Craftsman> s_defaultOrder =
        ListOrder<Craftsman>.By(c => c.TierRank).ThenBy(c => c.TierCode).ThenByDescending(c => c.YearNamed).ThenBy(c => c.Name);

    public async Task<PagedResult<CraftsmanRow>> ListAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await s_columns.PageAsync(Craftsmen(db, filter), request, s_defaultOrder, c => c.Id, s_toRow, cancellationToken);
    }

    /// <summary>Every craftsman <see cref="ListAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<CraftsmanRow> StreamAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => s_columns.Stream(Craftsmen(db, filter), request, s_defaultOrder, c => c.Id, s_toRow), cancellationToken);

    /// <summary>
    /// The craftsmen in the filter. A tier is also asked by its rank, the list index's first column, so a tier's page is one
    /// range of that index. By its code alone, SQLite sorted the whole tier for each page (155 ms for 市级工匠's middle
    /// page at province size) and PostgreSQL walked past the lower tiers' craftsmen (8 ms for 四川工匠's last page).
    /// </summary>
    private static IQueryable<Craftsman> Craftsmen(DashboardDbContext db, DashboardFilter filter) => filter.Tier is { } tier
        ? db.Craftsmen.Filter(filter).Where(c => c.TierRank == db.CraftsmanTiers.Where(t => t.Code == tier).Select(t => t.Rank).FirstOrDefault())
        : db.Craftsmen.Filter(filter);

    public async Task<CraftsmanDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Craftsmen.Where(c => c.Id == id).Select(s_toRow).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var enterpriseId = await db.Craftsmen.Where(c => c.Id == id).Select(c => c.EnterpriseId).FirstAsync(cancellationToken);
        var honours = await db.Honours.Where(h => h.CraftsmanId == id)
            .OrderBy(h => h.Year == null).ThenBy(h => h.Year).ThenBy(h => h.TitleZh)
            .Select(h => new CraftsmanHonour(h.TitleZh, h.TitleEn, h.Year, h.IsSample))
            .ToListAsync(cancellationToken);
        var studios = await db.InnovationStudios.Where(s => s.LeadCraftsmanId == id)
            .OrderBy(StudioListQueries.LevelRank).ThenBy(s => s.Name)
            .Select(s => new LedStudio(s.Id, s.Name, s.Level, s.IsSample))
            .ToListAsync(cancellationToken);
        return new CraftsmanDetail(row, honours, studios, enterpriseId);
    }
}

/// <param name="RegionNameZh">The 市州's short name (成都, 阿坝州).</param>
public sealed record CraftsmanRow(
    int Id, string Name, string TierCode, string TierNameZh, string TierNameEn, int TierRank,
    string? RegionCode, string? RegionNameZh, string? RegionNameEn, string? IndustryNameZh, string? IndustryNameEn,
    string? EmployerName, int? YearNamed, int? Batch, bool IsSample);

public sealed record CraftsmanHonour(string TitleZh, string TitleEn, int? Year, bool IsSample);

public sealed record LedStudio(int Id, string Name, StudioLevel Level, bool IsSample);

/// <param name="EnterpriseId">The employer's enterprise record, when the employer is one.</param>
public sealed record CraftsmanDetail(CraftsmanRow Craftsman, IReadOnlyList<CraftsmanHonour> Honours, IReadOnlyList<LedStudio> Studios, int? EnterpriseId);
