using System.Globalization;
using Dashboard.Data.Queries;
using MudBlazor;

namespace Dashboard.Web.Utils;

/// <summary>What a server-side MudDataGrid asks for, as the list queries take it.</summary>
public static class GridRequests
{
    /// <summary>The page, the first sort and every column filter; column keys are the row's property names.</summary>
    public static ListRequest ToListRequest<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.OrderBy(s => s.Index).FirstOrDefault();
        return new ListRequest(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false)
        {
            Filters = state.FilterDefinitions
                .Where(f => f.Column?.PropertyName is { Length: > 0 } && f.Operator is not null)
                .Select(f => new ColumnFilter(f.Column!.PropertyName!, f.Operator!, Convert.ToString(f.Value, CultureInfo.InvariantCulture)))
                .ToList(),
        };
    }

    public static GridData<T> ToGridData<T>(PagedResult<T> page) => new() { Items = page.Items, TotalItems = page.TotalCount };
}
