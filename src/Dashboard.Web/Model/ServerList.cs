using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using MudBlazor;

namespace Dashboard.Web.Model;

/// <summary>A server-side grid's rows: fetched a page at a time from a list query, with the count of all matching rows.</summary>
public sealed class ServerList<TRow>(Func<ListRequest, CancellationToken, Task<PagedResult<TRow>>> fetch)
{
    public MudDataGrid<TRow>? Grid { get; set; }

    public int Total { get; private set; }

    /// <summary>The grid's ServerData.</summary>
    public async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        var page = await fetch(GridRequests.ToListRequest(state), cancellationToken);
        Total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }

    /// <summary>After the filter changed; the grid loads itself on first render.</summary>
    public Task ReloadAsync() => Grid?.ReloadServerData() ?? Task.CompletedTask;
}
