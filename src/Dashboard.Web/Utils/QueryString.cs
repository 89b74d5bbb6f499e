using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Utils;

/// <summary>A URL's query as name=value pairs, and pairs back into a query string: the one place either is done.</summary>
public static class QueryString
{
    /// <summary>Every name=value pair of <paramref name="uri"/>'s query, a repeated name once per value.</summary>
    public static IEnumerable<(string Name, string Value)> Pairs(string uri)
        => QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query)
            .SelectMany(q => q.Value.OfType<string>().Select(value => (q.Key, value)));

    /// <summary>The query string of <paramref name="pairs"/>, escaped, leading "?" included, or "" when there are none.</summary>
    public static string Build(IEnumerable<(string Name, string Value)> pairs)
    {
        var parts = pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
