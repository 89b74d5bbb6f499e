using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Craftsmen
{
    private MudDataGrid<CraftsmanRow>? _grid;
    private int _total;

    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => Loc[nameof(Resources.Lists.AreaTiers)] + " · " + Loc[nameof(Resources.Lists.CraftsmenList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter)),
        .. FilterText.Tier is { } tier ? [Crumb(tier)] : Array.Empty<BreadcrumbItem>(),
        .. FilterText.Regions.Count > 0 ? [Crumb(string.Join("、", FilterText.Regions))] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.CraftsmenList)]),
    ];

    protected override Task LoadAsync() => ReloadAsync(_grid);

    private async Task<GridData<CraftsmanRow>> LoadRowsAsync(GridState<CraftsmanRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.ListAsync(Filter, GridRequests.ToListRequest(state), cancellationToken);
        _total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }
}
