using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Utils;

/// <summary>
/// How a dashboard's charts are shown, in its URL beside the filter: <c>table=tier-batches</c> shows that chart as its
/// table, <c>linear=tier-pyramid</c> draws it on a linear axis instead of its default log scale. A reload or a shared
/// link opens the same view.
/// </summary>
public static class ChartViewQuery
{
    public const string Table = "table";
    public const string Linear = "linear";

    private static readonly string[] s_names = [Table, Linear];

    /// <summary>The chart keys <paramref name="uri"/> names under <paramref name="name"/>.</summary>
    public static IReadOnlySet<string> Keys(string uri, string name)
        => QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue(name, out var values)
            ? values.OfType<string>().Where(v => v.Length is > 0 and <= 64).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary><paramref name="uri"/>, relative, with <paramref name="key"/> added to or removed from <paramref name="name"/>.</summary>
    public static string Toggle(string uri, string name, string key, bool on)
    {
        var address = new Uri(uri);
        var parts = QueryHelpers.ParseQuery(address.Query)
            .SelectMany(q => q.Value.OfType<string>().Select(value => (q.Key, Value: value)))
            .Where(p => !(p.Key == name && p.Value == key))
            .ToList();
        if (on)
        {
            parts.Add((name, key));
        }
        return address.AbsolutePath + Query(parts);
    }

    /// <summary>The view part of <paramref name="uri"/>'s query ("&amp;table=…"), to carry over when the filter changes.</summary>
    public static string ViewPart(string uri)
        => string.Concat(QueryHelpers.ParseQuery(new Uri(uri).Query)
            .Where(q => s_names.Contains(q.Key))
            .SelectMany(q => q.Value.OfType<string>().Select(value => $"&{q.Key}={Uri.EscapeDataString(value)}")));

    private static string Query(List<(string Key, string Value)> parts)
        => parts.Count == 0 ? "" : "?" + string.Join('&', parts.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
