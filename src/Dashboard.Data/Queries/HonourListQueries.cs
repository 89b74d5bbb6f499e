using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>The people behind the honours chart, one page at a time or all at once for an export.</summary>
public sealed class HonourListQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    private static readonly ListColumns<Honour> s_columns = new ListColumns<Honour>()
        .Text(nameof(HonourRow.RecipientName), h => h.RecipientName)
        .Text(nameof(HonourRow.TitleZh), h => h.TitleZh)
        .Number(nameof(HonourRow.Year), h => h.Year)
        .Sortable(nameof(HonourRow.RegionNameZh), h => h.Region!.SortOrder);

    private static readonly Expression<Func<Honour, HonourRow>> s_toRow =
        h => new HonourRow(h.Id, h.RecipientName, h.TitleZh, h.TitleEn, h.Year, h.Region!.ShortNameZh, h.Region.NameEn, h.CraftsmanId, h.IsSample);

    /// <summary>By default the latest first, then by name.</summary>
    private static readonly ListOrder<Honour> s_defaultOrder =
        ListOrder<Honour>.By(h => h.Year == null).ThenByDescending(h => h.Year).ThenBy(h => h.RecipientName);

    public async Task<PagedResult<HonourRow>> ListAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await s_columns.PageAsync(db.Honours.Filter(filter), request, s_defaultOrder, h => h.Id, s_toRow, cancellationToken);
    }

    /// <summary>Every honour <see cref="ListAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<HonourRow> StreamAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => s_columns.Stream(db.Honours.Filter(filter), request, s_defaultOrder, h => h.Id, s_toRow), cancellationToken);
}

/// <param name="CraftsmanId">The recipient's craftsman record, when the recipient is a listed craftsman.</param>
public sealed record HonourRow(
    int Id, string RecipientName, string TitleZh, string TitleEn, int? Year, string? RegionNameZh, string? RegionNameEn, int? CraftsmanId, bool IsSample);
