using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class StudioDetail
{
    private MudDataGrid<AchievementRow>? _grid;
    private StudioRow? _studio;
    private bool _loaded;
    private int _total;

    [Parameter]
    public string? Id { get; set; }

    [Inject]
    public required StudioListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Innovation> InnovationLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => _studio?.Name ?? Loc[nameof(Resources.Lists.StudioList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter)),
        Crumb(Loc[nameof(Resources.Lists.StudioList)], DashboardUrls.Studios(Filter)),
        Crumb(Title),
    ];

    protected override async Task LoadAsync()
    {
        _studio = ParseId(Id) is { } id ? await Queries.GetAsync(id) : null;
        _loaded = true;
        await ReloadAsync(_grid);
    }

    private async Task<GridData<AchievementRow>> LoadRowsAsync(GridState<AchievementRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.AchievementsAsync(_studio!.Id, Filter, GridRequests.ToListRequest(state), cancellationToken);
        _total = page.TotalCount;
        return GridRequests.ToGridData(page);
    }
}
