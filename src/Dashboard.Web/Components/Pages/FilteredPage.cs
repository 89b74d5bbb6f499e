using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A page whose data follows the reader's filter (drill criteria, which only narrow lists, are left out). The
/// data is queried once while prerendering and handed to the interactive render through persistent component
/// state; it is queried again only when the filter in the URL changes.
/// </summary>
public abstract class FilteredPage<TData> : UrlFilterPage where TData : class
{
    private bool _loaded;

    [PersistentState]
    public TData? Data { get; set; }

    protected DashboardFilter Filter => UrlFilter.WithoutDrill();

    protected abstract Task<TData> QueryAsync(DashboardFilter filter);

    /// <summary>Builds what the page shows from freshly loaded data.</summary>
    protected abstract void OnDataLoaded(TData data);

    protected override async Task LoadAsync()
    {
        // The first load may use data restored from prerendering, which was queried for this very URL.
        Data = !_loaded && Data is not null ? Data : await QueryAsync(Filter);
        _loaded = true;
        OnDataLoaded(Data);
    }
}
