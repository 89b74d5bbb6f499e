using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Dashboard.Data.Queries;

/// <summary>
/// A list's order as its keys rather than as a sort applied once: a page can then be read from the far end of the
/// list (the order reversed), and next to a page already read (rows after or before its edge row, a keyset).
/// </summary>
/// <remarks>The order ends with the record's id, so it is total: no two rows tie, and no row is on two pages.</remarks>
internal sealed class ListOrder<T>
{
    private readonly IReadOnlyList<ListOrderKey<T>> _keys;

    private ListOrder(IReadOnlyList<ListOrderKey<T>> keys) => _keys = keys;

    public static ListOrder<T> By<TKey>(Expression<Func<T, TKey>> key) => new([ListOrderKey<T>.Of(key, descending: false)]);

    public static ListOrder<T> ByDescending<TKey>(Expression<Func<T, TKey>> key) => new([ListOrderKey<T>.Of(key, descending: true)]);

    public ListOrder<T> ThenBy<TKey>(Expression<Func<T, TKey>> key) => new([.. _keys, ListOrderKey<T>.Of(key, descending: false)]);

    public ListOrder<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key) => new([.. _keys, ListOrderKey<T>.Of(key, descending: true)]);

    /// <summary>
    /// True when every key is a column that is never null, of a type SQL compares as .NET does (whole numbers, text):
    /// then "after this row" is a comparison of keys, and a page next to another is found without counting rows.
    /// </summary>
    public bool CanSeek => _keys.All(k => k.CanSeek);

    public IOrderedQueryable<T> Apply(IQueryable<T> query, bool reversed = false)
    {
        var ordered = _keys[0].OrderBy(query, reversed);
        foreach (var key in _keys.Skip(1))
        {
            ordered = key.ThenBy(ordered, reversed);
        }
        return ordered;
    }

    /// <summary>The key values of one row, in the order's key order: what <see cref="Beyond"/> compares with.</summary>
    public Expression<Func<T, object?[]>> Values()
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, object?[]>>(
            Expression.NewArrayInit(typeof(object), _keys.Select(k => Expression.Convert(k.Body(row), typeof(object)))), row);
    }

    /// <summary>
    /// The rows that come after the row with key <paramref name="values"/> (before it, <paramref name="backwards"/>) and
    /// share its first <paramref name="sharedKeys"/> keys: one range of an index in this order. Walking from that row,
    /// the ranges for <paramref name="sharedKeys"/> = keys − 1 down to 0 follow each other.
    /// </summary>
    public Expression<Func<T, bool>> Beyond(IReadOnlyList<object?> values, int sharedKeys, bool backwards)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var conditions = _keys.Take(sharedKeys).Select((k, i) => k.Compare(row, values[i], ExpressionType.Equal))
            .Append(_keys[sharedKeys].Compare(row, values[sharedKeys],
                _keys[sharedKeys].Descending != backwards ? ExpressionType.LessThan : ExpressionType.GreaterThan));
        return Expression.Lambda<Func<T, bool>>(conditions.Aggregate(Expression.AndAlso), row);
    }

    /// <summary>
    /// The rows whose first key lies from <paramref name="first"/> to <paramref name="last"/>, both included, the two
    /// given in the order's direction: one range of an index in this order.
    /// </summary>
    public Expression<Func<T, bool>> FirstKeyFromTo(object first, object last)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var key = _keys[0];
        var (low, high) = key.Descending ? (last, first) : (first, last);
        return Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(key.Compare(row, low, ExpressionType.GreaterThanOrEqual), key.Compare(row, high, ExpressionType.LessThanOrEqual)), row);
    }

    public bool FirstKeyDescending => _keys[0].Descending;

    public int KeyCount => _keys.Count;
}

/// <summary>One key of a <see cref="ListOrder{T}"/>, typed once where it is declared.</summary>
internal sealed class ListOrderKey<T>
{
    private static readonly Type[] s_seekableTypes = [typeof(int), typeof(long), typeof(string)];

    private readonly LambdaExpression _key;
    private readonly Func<IQueryable<T>, bool, IOrderedQueryable<T>> _orderBy;
    private readonly Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> _thenBy;

    private ListOrderKey(LambdaExpression key, bool descending,
        Func<IQueryable<T>, bool, IOrderedQueryable<T>> orderBy, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> thenBy)
        => (_key, Descending, _orderBy, _thenBy) = (key, descending, orderBy, thenBy);

    public bool Descending { get; }

    // A key through a navigation may be null where the related row is missing, whatever its .NET type says.
    public bool CanSeek => s_seekableTypes.Contains(_key.ReturnType) && _key.Body is MemberExpression { Expression: ParameterExpression };

    public static ListOrderKey<T> Of<TKey>(Expression<Func<T, TKey>> key, bool descending) => new(key, descending,
        (query, reversed) => descending != reversed ? query.OrderByDescending(key) : query.OrderBy(key),
        (query, reversed) => descending != reversed ? query.ThenByDescending(key) : query.ThenBy(key));

    public IOrderedQueryable<T> OrderBy(IQueryable<T> query, bool reversed) => _orderBy(query, reversed);

    public IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> query, bool reversed) => _thenBy(query, reversed);

    public Expression Body(ParameterExpression row) => ReplacingExpressionVisitor.Replace(_key.Parameters[0], row, _key.Body);

    /// <summary>The key compared with a value, the value sent as a parameter so every page shares one query plan.</summary>
    public Expression Compare(ParameterExpression row, object? value, ExpressionType comparison)
    {
        var key = Body(row);
        var holder = Activator.CreateInstance(typeof(ParameterValue<>).MakeGenericType(key.Type), value)!;
        Expression parameter = Expression.Property(Expression.Constant(holder), nameof(ParameterValue<int>.Value));
        if (key.Type == typeof(string))
        {
            // Text has no < in C#; EF turns string.Compare(a, b) < 0 into a < b, in the column's own collation as ORDER BY uses.
            key = Expression.Call(typeof(string), nameof(string.Compare), Type.EmptyTypes, key, parameter);
            parameter = Expression.Constant(0);
        }
        return Expression.MakeBinary(comparison, key, parameter);
    }
}

/// <summary>A value EF reads as a captured variable, so it becomes a query parameter rather than a literal.</summary>
internal sealed record ParameterValue<TValue>(TValue Value);
