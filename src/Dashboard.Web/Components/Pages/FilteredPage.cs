using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A page whose data follows the reader's filter (drill criteria, which only narrow lists, are left out). The
/// data is queried once while prerendering and handed to the interactive render through persistent component
/// state; it is queried again only when the filter in the URL changes. The data names published figures by code;
/// <see cref="Published"/> resolves them.
/// </summary>
public abstract class FilteredPage<TData> : UrlFilterPage where TData : class
{
    private bool _loaded;

    [Inject]
    public required IndicatorQueries Indicators { get; init; }

    [PersistentState]
    public TData? Data { get; set; }

    /// <summary>
    /// Not persisted: read once per app (see <see cref="IndicatorQueries"/>), so the interactive render gets them at no
    /// cost, and the prerendered state stays within SignalR's default 32 KB message.
    /// </summary>
    protected PublishedFigures? Published { get; private set; }

    protected DashboardFilter Filter => UrlFilter.WithoutDrill();

    protected abstract Task<TData> QueryAsync(DashboardFilter filter);

    /// <summary>Builds what the page shows from freshly loaded data and the published figures it names.</summary>
    protected abstract void OnDataLoaded(TData data, PublishedFigures published);

    protected override async Task LoadAsync()
    {
        Published ??= new PublishedFigures(await Indicators.GetPublishedFiguresAsync());
        // The first load may use data restored from prerendering, which was queried for this very URL.
        Data = !_loaded && Data is not null ? Data : await QueryAsync(Filter);
        _loaded = true;
        OnDataLoaded(Data, Published);
    }
}
