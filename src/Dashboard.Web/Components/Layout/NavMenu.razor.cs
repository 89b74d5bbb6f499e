using Dashboard.Data.Accounts;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Interfaces;

namespace Dashboard.Web.Components.Layout;

public sealed partial class NavMenu : IDisposable
{
    // The pages themselves require the role; this only spares other readers links that would answer 403.
    private bool _isAdmin;
    private bool _isEditor;

    [Inject]
    public required IStringLocalizer<Resources.Layout> Loc { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    // The drawer, which closes when a link is followed on a screen too narrow to keep it open, as MudNavLink asks it to.
    [CascadingParameter]
    public INavigationEventReceiver? Drawer { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _isAdmin = user?.IsInRole(DashboardRoles.Admin) == true;
        _isEditor = _isAdmin || user?.IsInRole(DashboardRoles.Staff) == true;
    }

    private IEnumerable<Link> Links()
    {
        yield return new(DashboardUrls.OverviewPath, Icons.Material.Filled.Dashboard, Loc[nameof(Resources.Layout.NavOverview)], WholePath: true);
        yield return new(DashboardUrls.TiersPath, Icons.Material.Filled.MilitaryTech, Loc[nameof(Resources.Layout.NavTiers)]);
        yield return new(DashboardUrls.CompetitionsPath, Icons.Material.Filled.EmojiEvents, Loc[nameof(Resources.Layout.NavCompetitions)]);
        yield return new(DashboardUrls.InnovationPath, Icons.Material.Filled.Lightbulb, Loc[nameof(Resources.Layout.NavInnovation)]);
        yield return new(DashboardUrls.SourcesPath, Icons.Material.Filled.MenuBook, Loc[nameof(Resources.Layout.NavSources)]);
        if (_isEditor)
        {
            yield return new(DashboardUrls.ImportPath, Icons.Material.Filled.UploadFile, Loc[nameof(Resources.Layout.NavImport)], KeepsFilter: false, TestId: "nav-import");
        }
        if (_isAdmin)
        {
            yield return new(DashboardUrls.AccountsPath, Icons.Material.Filled.ManageAccounts, Loc[nameof(Resources.Layout.NavAccounts)], KeepsFilter: false, TestId: "nav-accounts");
            yield return new(DashboardUrls.AuditPath, Icons.Material.Filled.History, Loc[nameof(Resources.Layout.NavAudit)], KeepsFilter: false, TestId: "nav-audit");
        }
    }

    // By path only, unlike NavLink, which compares the whole address: a link keeps only the filter, so a chart's
    // view switch or a drill's own parameters in the address would otherwise leave no link marked.
    private bool IsActive(string path, bool wholePath)
    {
        var here = new Uri(Navigation.Uri).AbsolutePath;
        return string.Equals(here, path, StringComparison.OrdinalIgnoreCase)
            || !wholePath && here.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase);
    }

    private string Keeping(string path) => DashboardUrls.KeepingFilter(path, Navigation.Uri);

    private Task CloseDrawerOnPhoneAsync() => Drawer?.OnNavigation() ?? Task.CompletedTask;

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => InvokeAsync(StateHasChanged);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    private sealed record Link(string Path, string Icon, string Text, bool WholePath = false, bool KeepsFilter = true, string? TestId = null);
}
