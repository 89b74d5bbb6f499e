using Dashboard.Data.Changes;
using Dashboard.Data.Seeding;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Layout;

public sealed partial class MainLayout : IAsyncDisposable
{
    private DateTime? _recordsChangedUtc;
    private IDisposable? _changes;
    private IJSObjectReference? _preferencesModule;
    private ThemePreference _themePreference;
    private bool _drawerOpen = true;

    [CascadingParameter]
    public required ShellState Shell { get; set; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> Loc { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required IRecordChangeNotifier Changes { get; init; }

    private string? DataAsOf => DataStamp.Text(_recordsChangedUtc, Shell.DataAsOf, System.Globalization.CultureInfo.CurrentCulture);

    private string? DataAsOfText => DataAsOf is { } asOf ? string.Format(Loc[nameof(Resources.Layout.DataAsOf)], asOf) : null;

    private string? SeedErrorText => Shell.SeedError is { } failure ? DescribeSeedFailure(failure) : null;

    protected override void OnInitialized()
    {
        _themePreference = Shell.Theme;
        _recordsChangedUtc = Shell.RecordsChangedUtc;
        _changes = Changes.Subscribe(change => InvokeAsync(() =>
        {
            _recordsChangedUtc = change.At.UtcDateTime;
            StateHasChanged();
        }));
    }

    private string DescribeSeedFailure(SeedFailure failure)
    {
        string problem = Loc[$"SeedProblem_{failure.Problem}"];
        if (failure.Detail is { } detail)
        {
            problem = Loc[nameof(Resources.Layout.SeedErrorDetail), problem, detail];
        }
        return failure.Line is { } line
            ? Loc[nameof(Resources.Layout.SeedErrorAtLine), failure.File, line, problem]
            : Loc[nameof(Resources.Layout.SeedErrorInFile), failure.File, problem];
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task SetThemeAsync(ThemePreference preference)
    {
        // Saved before it is shown, so a theme on screen is always the one the next page load gets.
        _preferencesModule ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/preferences.js");
        await _preferencesModule.InvokeVoidAsync("savePreference", ThemePreferenceCookie.Name, preference.ToString());
        _themePreference = preference;
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        await JSInteropHelpers.SafeDisposeAsync(_preferencesModule);
    }
}
