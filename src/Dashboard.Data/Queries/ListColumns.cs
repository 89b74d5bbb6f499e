using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Dashboard.Data.Queries;

/// <summary>
/// The columns a list may be sorted and filtered by, each a key mapped to an expression the database runs.
/// Keys the list does not know, operators a column does not take and values that do not parse are ignored.
/// </summary>
internal sealed class ListColumns<T>
{
    private readonly Dictionary<string, Func<bool, ListOrder<T>>> _sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IQueryable<T>, string, string, IQueryable<T>?>> _filters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A sortable text column filtered with "contains".</summary>
    public ListColumns<T> Text(string key, Expression<Func<T, string?>> column)
    {
        Sortable(key, column);
        _filters[key] = (query, op, value) => op == "contains"
            ? query.Where(Expression.Lambda<Func<T, bool>>(
                Expression.Call(column.Body, nameof(string.Contains), Type.EmptyTypes, Expression.Constant(value)), column.Parameters))
            : null;
        return this;
    }

    /// <summary>A sortable whole-number column (a count, a year, 元) filtered with "=", "&gt;=" or "&lt;=".</summary>
    public ListColumns<T> Number<TValue>(string key, Expression<Func<T, TValue>> column)
    {
        Sortable(key, column);
        _filters[key] = (query, op, value) =>
        {
            if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }
            var type = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
            if (type == typeof(int) && number is < int.MinValue or > int.MaxValue)
            {
                return null;
            }
            var constant = Expression.Constant(Convert.ChangeType(number, type, CultureInfo.InvariantCulture), typeof(TValue));
            Expression? compare = op switch
            {
                "=" => Expression.Equal(column.Body, constant),
                ">=" => Expression.GreaterThanOrEqual(column.Body, constant),
                "<=" => Expression.LessThanOrEqual(column.Body, constant),
                _ => null,
            };
            return compare is null ? null : query.Where(Expression.Lambda<Func<T, bool>>(compare, column.Parameters));
        };
        return this;
    }

    /// <summary>A column that sorts but offers no filter.</summary>
    public ListColumns<T> Sortable<TKey>(string key, Expression<Func<T, TKey>> column)
    {
        _sorts[key] = descending => descending ? ListOrder<T>.ByDescending(column) : ListOrder<T>.By(column);
        return this;
    }

    /// <summary>
    /// Applies the request's column filters, counts, sorts (by <paramref name="defaultOrder"/> for an unknown key,
    /// then by <paramref name="id"/> so pages never overlap) and fetches one page. With a <paramref name="measure"/>,
    /// also sums it over every matching row.
    /// </summary>
    /// <param name="summed">
    /// The count and the measure's sum for the list as the query gives it, read from summary cells: used while no column
    /// filter narrows the list, so a page of a million records does not count them all.
    /// </param>
    public async Task<PagedResult<TRow>> PageAsync<TRow>(
        IQueryable<T> query, ListRequest request, ListOrder<T> defaultOrder,
        Expression<Func<T, int>> id, Expression<Func<T, TRow>> toRow, CancellationToken cancellationToken,
        Expression<Func<T, long>>? measure = null, Func<CancellationToken, Task<ListTotals>>? summed = null)
    {
        var filtered = Filtered(query, request);
        var totals = summed is not null && ReferenceEquals(filtered, query) ? await summed(cancellationToken) : null;
        query = filtered;
        var total = totals?.Count ?? await query.CountAsync(cancellationToken);
        var page = Math.Max(0, request.Page);
        // The page's ids first, then their rows: walking deep into the order then costs its keys only, not every skipped
        // row's joins, and with an index in the list's order no sort at all.
        var ids = await PageIdsAsync(query, request with { Page = page }, Ordered(request, defaultOrder, id), id, total, cancellationToken);
        var rows = await query.Where(IdIn(ids, id)).Select(WithId(id, toRow)).ToDictionaryAsync(r => r.Key, r => r.Value, cancellationToken);
        var items = ids.Select(i => rows[i]).ToList();
        var measureTotal = measure is null ? (long?)null : totals?.Measure ?? await query.SumAsync(measure, cancellationToken);
        return new PagedResult<TRow>(items, total, measureTotal) { Position = ids.Count == 0 ? null : new ListPosition(page, ids[0], ids[^1]) };
    }

    /// <summary>
    /// Every row the request's column filters match, in the order its pages follow, read from the database one
    /// row at a time as the caller asks for it (an export): the request's page and page size are ignored.
    /// </summary>
    public IAsyncEnumerable<TRow> Stream<TRow>(
        IQueryable<T> query, ListRequest request, ListOrder<T> defaultOrder, Expression<Func<T, int>> id, Expression<Func<T, TRow>> toRow)
        => Ordered(request, defaultOrder, id).Apply(Filtered(query, request)).Select(toRow).AsAsyncEnumerable();

    /// <summary>
    /// The ids of the request's page. Next to the page the reader is on, they are the rows beyond its edge row (a keyset,
    /// where the order allows); in the list's back half, they are counted from its end, in the order reversed. Either way
    /// no more rows are stepped over than half the list, and usually none.
    /// </summary>
    private static async Task<List<int>> PageIdsAsync(
        IQueryable<T> query, ListRequest request, ListOrder<T> order, Expression<Func<T, int>> id, int total, CancellationToken cancellationToken)
    {
        var pageSize = Math.Max(1, request.PageSize);
        if (request.From is { } from && Math.Abs(request.Page - from.Page) == 1 && order.CanSeek)
        {
            var backwards = request.Page < from.Page;
            if (await SeekAsync(query, order, id, backwards ? from.FirstId : from.LastId, backwards, pageSize, cancellationToken) is { } beside)
            {
                return beside;
            }
        }
        var skip = (long)request.Page * pageSize;
        if (skip > total / 2 && skip < total)
        {
            var count = (int)Math.Min(pageSize, total - skip);
            var fromEnd = await order.Apply(query, reversed: true).Skip((int)(total - skip - count)).Take(count).Select(id).ToListAsync(cancellationToken);
            fromEnd.Reverse();
            return fromEnd;
        }
        return await order.Apply(query).Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).Select(id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Up to a page of ids after the row <paramref name="edgeId"/> (before it, <paramref name="backwards"/>), read range by
    /// range from that row's keys outwards; null when that row is no longer in the list.
    /// </summary>
    private static async Task<List<int>?> SeekAsync(
        IQueryable<T> query, ListOrder<T> order, Expression<Func<T, int>> id, int edgeId, bool backwards, int pageSize, CancellationToken cancellationToken)
    {
        var edge = await query.Where(IdIn([edgeId], id)).Select(order.Values()).FirstOrDefaultAsync(cancellationToken);
        if (edge is null)
        {
            return null;
        }
        var ids = new List<int>(pageSize);
        for (var sharedKeys = order.KeyCount - 1; sharedKeys >= 0 && ids.Count < pageSize; sharedKeys--)
        {
            ids.AddRange(await order.Apply(query.Where(order.Beyond(edge, sharedKeys, backwards)), reversed: backwards)
                .Take(pageSize - ids.Count).Select(id).ToListAsync(cancellationToken));
        }
        if (backwards)
        {
            ids.Reverse();
        }
        return ids;
    }

    private IQueryable<T> Filtered(IQueryable<T> query, ListRequest request)
    {
        foreach (var filter in request.Filters)
        {
            if (filter.Value is { Length: > 0 } value && _filters.TryGetValue(filter.Column, out var apply) && apply(query, filter.Operator, value) is { } filtered)
            {
                query = filtered;
            }
        }
        return query;
    }

    private ListOrder<T> Ordered(ListRequest request, ListOrder<T> defaultOrder, Expression<Func<T, int>> id)
        => (request.SortBy is { } key && _sorts.TryGetValue(key, out var sort) ? sort(request.Descending) : defaultOrder).ThenBy(id);

    private static Expression<Func<T, bool>> IdIn(List<int> ids, Expression<Func<T, int>> id)
        => Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), id.Body), id.Parameters);

    /// <summary>A row with its record's id beside it, read in one projection.</summary>
    private static Expression<Func<T, KeyValuePair<int, TRow>>> WithId<TRow>(Expression<Func<T, int>> id, Expression<Func<T, TRow>> toRow)
    {
        var record = toRow.Parameters[0];
        var idBody = ReplacingExpressionVisitor.Replace(id.Parameters[0], record, id.Body);
        var constructor = typeof(KeyValuePair<int, TRow>).GetConstructor([typeof(int), typeof(TRow)])!;
        return Expression.Lambda<Func<T, KeyValuePair<int, TRow>>>(Expression.New(constructor, idBody, toRow.Body), record);
    }
}

/// <summary>
/// A list whose columns are built over the context's own queries (a count of each row's entries): its records with
/// their columns, default order, id and row, so its page and its export read the same list.
/// </summary>
internal sealed record ListSource<T, TRow>(
    IQueryable<T> Records, ListColumns<T> Columns, ListOrder<T> DefaultOrder,
    Expression<Func<T, int>> Id, Expression<Func<T, TRow>> ToRow)
{
    public Task<PagedResult<TRow>> PageAsync(ListRequest request, CancellationToken cancellationToken, Expression<Func<T, long>>? measure = null)
        => Columns.PageAsync(Records, request, DefaultOrder, Id, ToRow, cancellationToken, measure);

    public IAsyncEnumerable<TRow> Stream(ListRequest request) => Columns.Stream(Records, request, DefaultOrder, Id, ToRow);
}
