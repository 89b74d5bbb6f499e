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
        => QueryString.Pairs(uri).Where(p => p.Name == name && p.Value.Length is > 0 and <= 64).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary><paramref name="uri"/>, relative, with <paramref name="key"/> added to or removed from <paramref name="name"/>.</summary>
    public static string Toggle(string uri, string name, string key, bool on)
    {
        var others = QueryString.Pairs(uri).Where(p => !(p.Name == name && p.Value == key));
        return new Uri(uri).AbsolutePath + QueryString.Build(on ? others.Append((name, key)) : others);
    }

    /// <summary>The view pairs of <paramref name="uri"/>, to carry over when the filter changes.</summary>
    public static IEnumerable<(string Name, string Value)> ViewPairs(string uri) => QueryString.Pairs(uri).Where(p => s_names.Contains(p.Name));
}
