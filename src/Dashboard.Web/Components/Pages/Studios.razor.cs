using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Studios
{
    private MudDataGrid<StudioRow>? _grid;
    private int _total;

    [Inject]
    public required StudioListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => Loc[nameof(Resources.Lists.StudioList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter)),
        .. FilterText.Years is { } years ? [Crumb(years)] : Array.Empty<BreadcrumbItem>(),
        .. FilterText.Industries.Count > 0 ? [Crumb(string.Join("、", FilterText.Industries))] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.StudioList)]),
    ];

    protected override Task LoadAsync() => ReloadAsync(_grid);

    private async Task<GridData<StudioRow>> LoadRowsAsync(GridState<StudioRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.ListAsync(Filter, GridRequests.ToListRequest(state), cancellationToken);
        _total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }
}
