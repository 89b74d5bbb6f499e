using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionDetail
{
    private MudDataGrid<ParticipantRow>? _grid;
    private CompetitionRow? _competition;
    private bool _loaded;
    private int _total;

    [Parameter]
    public string? Id { get; set; }

    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => _competition?.Name ?? Loc[nameof(Resources.Lists.CompetitionList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)], DashboardUrls.CompetitionList(Filter)),
        Crumb(Title),
    ];

    protected override async Task LoadAsync()
    {
        _competition = ParseId(Id) is { } id ? await Queries.GetAsync(id) : null;
        _loaded = true;
        await ReloadAsync(_grid);
    }

    private async Task<GridData<ParticipantRow>> LoadRowsAsync(GridState<ParticipantRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.ParticipantsAsync(_competition!.Id, Filter, GridRequests.ToListRequest(state), cancellationToken);
        _total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }
}
