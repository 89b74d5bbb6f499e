using Dashboard.Data.Queries;

namespace Dashboard.Web.Utils;

/// <summary>
/// The filter a page last loaded for, read from its URL. A parent re-render (the layout's theme, say) sets a
/// page's parameters again with nothing changed; reloading then would re-query and send a reader who paged
/// or sorted back to the start, so a page reloads only when <see cref="Read"/> says the URL changed.
/// </summary>
public sealed class UrlFilterState
{
    private string? _path;
    private string? _query;

    public DashboardFilter Filter { get; private set; } = DashboardFilter.WholeProvince;

    /// <summary>What the URL asked for that the page could not give, shown to the reader.</summary>
    public UrlNotices Notices { get; private set; } = UrlNotices.None;

    /// <summary>Whether <paramref name="uri"/> is on the path last loaded: a navigation elsewhere is not this page's to load.</summary>
    public bool IsLoadedPath(string uri) => new Uri(uri).AbsolutePath == _path;

    /// <returns>True when the path or the filter differs from the last call's, and the page should load.</returns>
    public bool Read(string uri, FilterVocabulary vocabulary)
    {
        var (parsed, dropped) = FilterQuery.Parse(uri, vocabulary);
        var (filter, outOfScope) = vocabulary.Pin(parsed);
        var path = new Uri(uri).AbsolutePath;
        var query = FilterQuery.Format(filter);
        if (path == _path && query == _query)
        {
            return false;
        }
        (_path, _query, Filter, Notices) = (path, query, filter, new UrlNotices(dropped, outOfScope));
        return true;
    }
}

/// <param name="Dropped">URL values that could not be read, as written (<c>region=999999</c>).</param>
/// <param name="OutOfScope">市州 codes outside the reader's own: for that reader their records do not exist.</param>
public sealed record UrlNotices(IReadOnlyList<string> Dropped, IReadOnlyList<string> OutOfScope)
{
    public static UrlNotices None { get; } = new([], []);
}
