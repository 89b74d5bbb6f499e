namespace Dashboard.Data.Queries;

/// <summary>One page of a list, sorted and filtered in the database, with the count of all matching rows.</summary>
/// <param name="MeasureTotal">Where the list's chart summed a measure (money, workers), its 合计 over all matching rows, not the page.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, long? MeasureTotal = null)
{
    /// <summary>Where this page lies: send it back as the next request's <see cref="ListRequest.From"/>. Null for an empty page.</summary>
    public ListPosition? Position { get; init; }
}

/// <summary>Which page of a list to fetch, sorted by which column, narrowed by which column filters.</summary>
/// <param name="Page">Zero-based.</param>
/// <param name="SortBy">A column key the list query knows; an unknown key keeps the default order.</param>
public sealed record ListRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false)
{
    public IReadOnlyList<ColumnFilter> Filters { get; init; } = [];

    /// <summary>
    /// The page the reader is on, under the same order and filters: a page next to it is then read from its edge row
    /// rather than counted from the start of the list.
    /// </summary>
    public ListPosition? From { get; init; }
}

/// <summary>A page of a list by its number and the ids of its first and last rows.</summary>
public sealed record ListPosition(int Page, int FirstId, int LastId);

/// <summary>A column filter from the grid: "contains" for text; "=", "&gt;=", "&lt;=" for numbers and years.</summary>
public sealed record ColumnFilter(string Column, string Operator, string? Value);

/// <summary>A list's count of rows and the sum of its measure, over every matching row.</summary>
public sealed record ListTotals(int Count, long Measure);
