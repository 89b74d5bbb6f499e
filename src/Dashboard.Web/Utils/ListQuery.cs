using System.Globalization;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Utils;

/// <summary>
/// A list's own view in its URL beside the filter: <c>?…&amp;sort=YearNamed&amp;desc=1&amp;page=3&amp;size=50&amp;f.Name=contains:张</c>.
/// A reload or a shared link opens the same page, order and column filters. Pages are counted from 1 for the reader.
/// </summary>
public static class ListQuery
{
    public const string Sort = "sort";
    public const string Descending = "desc";
    public const string Page = "page";
    public const string Size = "size";
    public const string FilterPrefix = "f.";

    public const int DefaultPageSize = 20;
    private static readonly int[] s_pageSizes = [10, 20, 50, 100];

    /// <summary>The list view a URL asks for; values that make no sense fall back to the defaults.</summary>
    public static ListRequest Parse(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Single(string name) => query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
        int? Number(string name) => int.TryParse(Single(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var size = Number(Size) is { } s && s_pageSizes.Contains(s) ? s : DefaultPageSize;
        var page = Number(Page) is { } p and > 0 and < 1_000_000 ? p - 1 : 0;
        return new ListRequest(page, size, Single(Sort) is { Length: > 0 and <= 64 } sort ? sort : null, Single(Descending) == "1")
        {
            Filters = query
                .Where(q => q.Key.StartsWith(FilterPrefix, StringComparison.Ordinal) && q.Key.Length > FilterPrefix.Length)
                .SelectMany(q => q.Value.OfType<string>().Select(value => (Column: q.Key[FilterPrefix.Length..], Value: value)))
                .Where(f => f.Value.Contains(':', StringComparison.Ordinal))
                .Select(f => new ColumnFilter(f.Column, f.Value[..f.Value.IndexOf(':', StringComparison.Ordinal)], f.Value[(f.Value.IndexOf(':', StringComparison.Ordinal) + 1)..]))
                .ToList(),
        };
    }

    /// <summary><paramref name="uri"/> with its list view replaced by <paramref name="request"/>; defaults are left out.</summary>
    public static string Apply(string uri, ListRequest request)
    {
        var kept = QueryString.Pairs(uri)
            .Where(q => q.Name is not (Sort or Descending or Page or Size) && !q.Name.StartsWith(FilterPrefix, StringComparison.Ordinal));
        return new Uri(uri).AbsolutePath + QueryString.Build(kept.Concat(Pairs(request)));
    }

    /// <summary>The list view's own name=value pairs; defaults are left out.</summary>
    public static IEnumerable<(string Name, string Value)> Pairs(ListRequest request)
    {
        var view = new List<(string Name, string Value)>();
        if (request.SortBy is { } sort)
        {
            view.Add((Sort, sort));
            if (request.Descending)
            {
                view.Add((Descending, "1"));
            }
        }
        if (request.Page > 0)
        {
            view.Add((Page, (request.Page + 1).ToString(CultureInfo.InvariantCulture)));
        }
        if (request.PageSize != DefaultPageSize)
        {
            view.Add((Size, request.PageSize.ToString(CultureInfo.InvariantCulture)));
        }
        view.AddRange(request.Filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => (FilterPrefix + f.Column, $"{f.Operator}:{f.Value}")));
        return view;
    }
}
