using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Craftsmen
{
    private ServerList<CraftsmanRow>? _rows;

    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    private ServerList<CraftsmanRow> Rows => _rows ??= new((request, cancellationToken) => Queries.ListAsync(Filter, request, cancellationToken));

    private string Title => Loc[nameof(Resources.Lists.AreaTiers)] + " · " + Loc[nameof(Resources.Lists.CraftsmenList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter)),
        .. FilterText.Tier is { } tier ? [Crumb(tier)] : Array.Empty<BreadcrumbItem>(),
        .. FilterText.Regions.Count > 0 ? [Crumb(string.Join("、", FilterText.Regions))] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.CraftsmenList)]),
    ];

    protected override Task LoadAsync() => Rows.ReloadAsync();
}
