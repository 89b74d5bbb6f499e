using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Model;

/// <summary>A server-side grid's rows: fetched a page at a time from a list query, with the count of all matching rows.</summary>
/// <param name="loaded">Called after each page is fetched, so what the page says about the list (its count, its 合计) follows.</param>
/// <param name="initial">The view the URL asked for (<see cref="ListQuery"/>): the grid opens on its page, order and column filters.</param>
/// <param name="viewChanged">Called with each request the grid makes, so the URL follows the view.</param>
public sealed class ServerList<TRow>(
    Func<ListRequest, CancellationToken, Task<PagedResult<TRow>>> fetch, Action? loaded = null, ListRequest? initial = null, Action<ListRequest>? viewChanged = null)
{
    // The URL's column filters go into the first request, then into the grid, which sends them from then on.
    private IReadOnlyList<ColumnFilter> _pendingFilters = initial?.Filters ?? [];

    // The page last read, so the grid's next or previous page is read from its edge.
    private ListPosition? _position;

    public MudDataGrid<TRow>? Grid { get; set; }

    public ListRequest Initial { get; } = initial ?? new(Page: 0, PageSize: ListQuery.DefaultPageSize);

    // Bound to the grid both ways: a page re-render hands back the reader's page and size, not the ones it opened on.
    public int CurrentPage { get; set; } = initial?.Page ?? 0;

    public int PageSize { get; set; } = initial?.PageSize ?? ListQuery.DefaultPageSize;

    /// <summary>False until the first page has come back: before that (while prerendering, say) there is no count to state.</summary>
    public bool Loaded { get; private set; }

    public int Total { get; private set; }

    /// <summary>The 合计 of the list's measure over all matching rows, where the list has one.</summary>
    public long? MeasureTotal { get; private set; }

    /// <summary>The grid's last request: its sort and column filters, which an export keeps.</summary>
    public ListRequest View { get; private set; } = new(Page: 0, PageSize: ListQuery.DefaultPageSize);

    /// <summary>A column's InitialDirection: the order the URL asked for, on that column only.</summary>
    public SortDirection InitialDirection(string column)
        => Initial.SortBy != column ? SortDirection.None : Initial.Descending ? SortDirection.Descending : SortDirection.Ascending;

    /// <summary>The grid's ServerData.</summary>
    public async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        var request = GridRequests.ToListRequest(state);
        if (_pendingFilters.Count > 0)
        {
            request = request with { Filters = [.. request.Filters, .. _pendingFilters] };
            HandFiltersToGrid();
        }
        var previous = View;
        View = request;
        viewChanged?.Invoke(request);
        var page = await fetch(request with { From = SameView(previous, request) ? _position : null }, cancellationToken);
        (Total, MeasureTotal, Loaded, _position) = (page.TotalCount, page.MeasureTotal, true, page.Position);
        loaded?.Invoke();
        return GridRequests.ToGridData(page);
    }

    /// <summary>After the filter changed; the grid loads itself on first render.</summary>
    public Task ReloadAsync()
    {
        // The page on screen belongs to the old filter: the next page is not read from its edge.
        _position = null;
        return Grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    /// <summary>Whether two requests list the same rows in the same order, in pages of the same size.</summary>
    private static bool SameView(ListRequest a, ListRequest b)
        => a.SortBy == b.SortBy && a.Descending == b.Descending && a.PageSize == b.PageSize && a.Filters.SequenceEqual(b.Filters);

    /// <summary>Shows the URL's column filters in the grid's own filter controls; a column the list does not have is skipped.</summary>
    private void HandFiltersToGrid()
    {
        foreach (var filter in _pendingFilters)
        {
            if (Grid?.RenderedColumns.FirstOrDefault(c => c.PropertyName == filter.Column) is { } column)
            {
                // Number columns filter on a number, text columns on text, as the grid's own inputs would.
                object? value = filter.Operator is "=" or ">=" or "<=" && double.TryParse(filter.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : filter.Value;
                Grid.FilterDefinitions.Add(new FilterDefinition<TRow> { Column = column, Operator = filter.Operator, Value = value });
            }
        }
        _pendingFilters = [];
    }
}

public static class ServerLists
{
    /// <summary>A list over <paramref name="fetch"/> whose page, order and column filters live in the URL (<see cref="ListQuery"/>).</summary>
    public static ServerList<TRow> InUrl<TRow>(
        NavigationManager navigation, Func<ListRequest, CancellationToken, Task<PagedResult<TRow>>> fetch, Action loaded) => new(
        fetch, loaded, ListQuery.Parse(navigation.Uri),
        request =>
        {
            var url = ListQuery.Apply(navigation.Uri, request);
            if (url != "/" + navigation.ToBaseRelativePath(navigation.Uri))
            {
                navigation.NavigateTo(url, replace: true);
            }
        });
}
