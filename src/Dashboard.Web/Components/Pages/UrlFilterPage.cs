using Dashboard.Data.Changes;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// The one way a page reads the dashboard filter: from its URL, and only there. The page loads when it opens
/// and again whenever a navigation changes its path or filter (a filter choice, a chart's drill, back/forward,
/// a pasted link), including a navigation that changes only the query string. A re-render loads nothing.
/// </summary>
public abstract class UrlFilterPage : ComponentBase, IDisposable
{
    private readonly UrlFilterState _url = new();
    private IDisposable? _changes;
    private Task _reloading = Task.CompletedTask;
    private bool _reloadAgain;

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required IRecordScopeSource Scopes { get; init; }

    [Inject]
    public required IRecordChangeNotifier Changes { get; init; }

    [Inject]
    public required ILogger<UrlFilterPage> Logger { get; init; }

    /// <summary>
    /// Read once per app (see <see cref="ReferenceQueries"/>), so it need not ride in the prerendered state; a reader
    /// bound to a 市州 sees it as the one fixed 市州.
    /// </summary>
    protected FilterVocabulary? Vocabulary { get; private set; }

    /// <summary>The filter in the URL, drill criteria included.</summary>
    protected DashboardFilter UrlFilter => _url.Filter;

    /// <summary>What the URL asked for that the page could not give, shown to the reader.</summary>
    protected UrlNotices Notices => _url.Notices;

    /// <summary>Loads what the page shows for the filter now in the URL.</summary>
    protected abstract Task LoadAsync();

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        _changes = Changes.Subscribe(OnRecordsChangedAsync);
    }

    protected override async Task OnParametersSetAsync()
    {
        Vocabulary ??= (await References.GetFilterVocabularyAsync()).For(await Scopes.GetScopeAsync());
        if (_url.Read(Navigation.Uri, Vocabulary))
        {
            await LoadAsync();
        }
    }

    // The router does not set a page's parameters again when only the query string changes, so the page listens itself.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        if (Vocabulary is not null && _url.IsLoadedPath(e.Location) && _url.Read(e.Location, Vocabulary))
        {
            await LoadAsync();
            StateHasChanged();
        }
    });

    /// <summary>
    /// Committed changes (an import, an undo, an edit) load the page again where it stands: same filter, same list
    /// page, no navigation, so the reader keeps their place. Changes that come during a load cause one more load.
    /// </summary>
    private Task OnRecordsChangedAsync(RecordChange change) => InvokeAsync(() =>
    {
        if (Vocabulary is null)
        {
            return;
        }
        if (!_reloading.IsCompleted)
        {
            _reloadAgain = true;
            return;
        }
        _reloading = ReloadAsync();
    });

    private async Task ReloadAsync()
    {
        try
        {
            do
            {
                _reloadAgain = false;
                await LoadAsync();
                StateHasChanged();
            }
            while (_reloadAgain);
        }
        catch (Exception ex)
        {
            // Nobody awaits this reload: a failure is logged, and the page keeps what it showed.
            Logger.LogError(ex, "Reloading {Page} after a record change failed.", GetType().Name);
        }
        Logger.LogDebug("{Page} reloaded after a record change.", GetType().Name);
    }

    public void Dispose()
    {
        _changes?.Dispose();
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
