using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionList
{
    private MudDataGrid<CompetitionRow>? _grid;
    private int _total;

    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => Loc[nameof(Resources.Lists.CompetitionList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        .. FilterText.Years is { } years ? [Crumb(years)] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)]),
    ];

    protected override Task LoadAsync() => ReloadAsync(_grid);

    private async Task<GridData<CompetitionRow>> LoadRowsAsync(GridState<CompetitionRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.ListAsync(Filter, GridRequests.ToListRequest(state), cancellationToken);
        _total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }
}
