using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A page whose data follows the dashboard filter in its URL, and only there. The data is queried once
/// while prerendering and handed to the interactive render through persistent component state; it is
/// queried again only when the filter in the URL changes (a filter choice, back/forward, a pasted link).
/// </summary>
public abstract class FilteredPage<TData> : ComponentBase where TData : class
{
    private readonly UrlFilterState _url = new();
    private bool _loaded;

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [PersistentState]
    public TData? Data { get; set; }

    [PersistentState]
    public FilterVocabulary? Vocabulary { get; set; }

    // Declared so that a new filter in the URL sets the page's parameters again; the values are read by FilterQuery.
    [SupplyParameterFromQuery(Name = FilterQuery.From)]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.To)]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Region)]
    public string[]? RegionParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Industry)]
    public string[]? IndustryParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Tier)]
    public string? TierParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Level)]
    public string? LevelParameter { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Sample)]
    public string? SampleParameter { get; set; }

    protected DashboardFilter Filter => _url.Filter;

    /// <summary>URL values that could not be used, shown to the reader.</summary>
    protected IReadOnlyList<string> Dropped => _url.Dropped;

    protected abstract Task<TData> QueryAsync(DashboardFilter filter);

    /// <summary>Builds what the page shows from freshly loaded data.</summary>
    protected abstract void OnDataLoaded(TData data);

    protected override async Task OnParametersSetAsync()
    {
        Vocabulary ??= await References.GetFilterVocabularyAsync();
        if (!_url.Read(Navigation.Uri, Vocabulary))
        {
            return;
        }

        // The first load may use data restored from prerendering, which was queried for this very URL.
        Data = !_loaded && Data is not null ? Data : await QueryAsync(Filter);
        _loaded = true;
        OnDataLoaded(Data);
    }
}
