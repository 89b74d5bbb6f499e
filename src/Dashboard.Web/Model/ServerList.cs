using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using MudBlazor;

namespace Dashboard.Web.Model;

/// <summary>A server-side grid's rows: fetched a page at a time from a list query, with the count of all matching rows.</summary>
/// <param name="loaded">Called after each page is fetched, so what the page says about the list (its count, its 合计) follows.</param>
public sealed class ServerList<TRow>(Func<ListRequest, CancellationToken, Task<PagedResult<TRow>>> fetch, Action? loaded = null)
{
    public MudDataGrid<TRow>? Grid { get; set; }

    public int Total { get; private set; }

    /// <summary>The 合计 of the list's measure over all matching rows, where the list has one.</summary>
    public long? MeasureTotal { get; private set; }

    /// <summary>The grid's last request: its sort and column filters, which an export keeps.</summary>
    private ListRequest _lastRequest = new(Page: 0, PageSize: 20);

    /// <summary>The grid's ServerData.</summary>
    public async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        _lastRequest = GridRequests.ToListRequest(state);
        var page = await fetch(_lastRequest, cancellationToken);
        (Total, MeasureTotal) = (page.TotalCount, page.MeasureTotal);
        loaded?.Invoke();
        return GridRequests.ToGridData(page);
    }

    /// <summary>Every row the grid's filters match, in its order, not just the page on screen: the rows of an export.</summary>
    public async Task<ExportTable> ExportAsync(string title, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        var all = await fetch(_lastRequest with { Page = 0, PageSize = Math.Max(Total, 1) }, CancellationToken.None);
        return new ExportTable(title, columns.Select(c => c.Header).ToList(),
            all.Items.Select(row => (IReadOnlyList<ExportCell>)columns.Select(c => c.Cell(row)).ToList()).ToList());
    }

    /// <summary>After the filter changed; the grid loads itself on first render.</summary>
    public Task ReloadAsync() => Grid?.ReloadServerData() ?? Task.CompletedTask;
}
