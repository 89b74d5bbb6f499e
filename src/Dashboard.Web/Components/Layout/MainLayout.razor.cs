using Dashboard.Data.Changes;
using Dashboard.Data.Seeding;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Layout;

public sealed partial class MainLayout : IAsyncDisposable
{
    private DateTime? _recordsChangedUtc;
    private IDisposable? _changes;
    private MudThemeProvider? _themeProvider;
    private IJSObjectReference? _preferencesModule;
    private ThemePreference _themePreference;
    private bool _isDarkMode;
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
        _isDarkMode = _themePreference == ThemePreference.Dark;
        _recordsChangedUtc = Shell.RecordsChangedUtc;
        _changes = Changes.Subscribe(change => InvokeAsync(() =>
        {
            _recordsChangedUtc = change.At.UtcDateTime;
            StateHasChanged();
        }));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _themeProvider is not null)
        {
            await _themeProvider.WatchSystemDarkModeAsync(OnSystemDarkModeChangedAsync);
            if (_themePreference == ThemePreference.System)
            {
                _isDarkMode = await _themeProvider.GetSystemDarkModeAsync();
                StateHasChanged();
            }
        }
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
        _isDarkMode = preference switch
        {
            ThemePreference.Dark => true,
            ThemePreference.Light => false,
            _ => _themeProvider is not null && await _themeProvider.GetSystemDarkModeAsync(),
        };
    }

    private Task OnSystemDarkModeChangedAsync(bool isDark)
    {
        if (_themePreference == ThemePreference.System)
        {
            _isDarkMode = isDark;
            return InvokeAsync(StateHasChanged);
        }
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        await JSInteropHelpers.SafeDisposeAsync(_preferencesModule);
    }
}
