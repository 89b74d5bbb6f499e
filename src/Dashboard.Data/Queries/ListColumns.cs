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
    /// <param name="summary">
    /// The list as its summary cells count it, used while no column filter narrows the list: its count and measure, so a
    /// page of a million records does not count them all, and its count per first key of the default order, so a page
    /// opened by its number is counted within that key's rows only.
    /// </param>
    public async Task<PagedResult<TRow>> PageAsync<TRow>(
        IQueryable<T> query, ListRequest request, ListOrder<T> defaultOrder,
        Expression<Func<T, int>> id, Expression<Func<T, TRow>> toRow, CancellationToken cancellationToken,
        Expression<Func<T, long>>? measure = null, ListSummary? summary = null)
    {
        var filtered = Filtered(query, request);
        var summed = summary is not null && ReferenceEquals(filtered, query) ? summary : null;
        var totals = summed is null ? null : await summed.Totals(cancellationToken);
        query = filtered;
        var total = totals?.Count ?? await query.CountAsync(cancellationToken);
        var page = Math.Max(0, request.Page);
        var counts = IsDefaultOrder(request) ? summed?.CountsByFirstKey : null;
        // The page's ids first, then their rows: walking deep into the order then costs its keys only, not every skipped
        // row's joins, and with an index in the list's order no sort at all.
        var ids = await PageIdsAsync(query, request with { Page = page }, Ordered(request, defaultOrder, id), id, total, counts, cancellationToken);
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
    /// where the order allows). Otherwise they are counted: with <paramref name="countsByFirstKey"/>, only among the rows
    /// of the first-key values the page falls in (a year's, not the years' before it); in the back half of those rows,
    /// from their end, in the order reversed. Either way no more rows are stepped over than half of them, and usually none.
    /// </summary>
    private static async Task<List<int>> PageIdsAsync(
        IQueryable<T> query, ListRequest request, ListOrder<T> order, Expression<Func<T, int>> id, int total,
        Func<CancellationToken, Task<IReadOnlyList<FirstKeyCount>>>? countsByFirstKey, CancellationToken cancellationToken)
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
        if (countsByFirstKey is not null && skip > 0 && skip < total
            && Spanned(await countsByFirstKey(cancellationToken), order, total, skip, pageSize) is { } span)
        {
            query = query.Where(order.FirstKeyFromTo(span.First, span.Last));
            (skip, total) = (skip - span.RowsBefore, span.Rows);
        }
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
    /// The first-key values a page starting <paramref name="skip"/> rows into the list spans, with the rows before the
    /// first of them and the rows of all of them; null when the counts do not add up to the list's count.
    /// </summary>
    private static (object First, object Last, long RowsBefore, int Rows)? Spanned(
        IReadOnlyList<FirstKeyCount> ascending, ListOrder<T> order, int total, long skip, int pageSize)
    {
        if (ascending.Sum(c => (long)c.Count) != total)
        {
            return null;
        }
        var inOrder = order.FirstKeyDescending ? ascending.Reverse() : ascending;
        long before = 0;
        var rows = 0;
        object? first = null;
        foreach (var count in inOrder)
        {
            if (first is null && skip >= before + count.Count)
            {
                before += count.Count;
                continue;
            }
            first ??= count.Key;
            rows += count.Count;
            if (skip + pageSize <= before + rows)
            {
                return (first, count.Key, before, rows);
            }
        }
        return first is null ? null : (first, inOrder.Last().Key, before, rows);
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

    private bool IsDefaultOrder(ListRequest request) => request.SortBy is not { } key || !_sorts.ContainsKey(key);

    // The ids as a parameter, not a constant: a constant list made every page a new query for EF to compile and cache.
    private static Expression<Func<T, bool>> IdIn(List<int> ids, Expression<Func<T, int>> id)
        => Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
                Expression.Property(Expression.Constant(new ParameterValue<List<int>>(ids)), nameof(ParameterValue<List<int>>.Value)), id.Body),
            id.Parameters);

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
/// A list as its summary cells count it, without reading its records.
/// </summary>
/// <param name="Totals">The list's count and the sum of its measure.</param>
/// <param name="CountsByFirstKey">
/// The list's count per value of its default order's first key, in that key's ascending order as the database sorts it.
/// </param>
internal sealed record ListSummary(
    Func<CancellationToken, Task<ListTotals>> Totals,
    Func<CancellationToken, Task<IReadOnlyList<FirstKeyCount>>> CountsByFirstKey);

/// <summary>How many of a list's rows have one value of its order's first key.</summary>
internal sealed record FirstKeyCount(object Key, int Count);

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
