using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class StudioDetail
{
    private ServerList<AchievementRow>? _rows;

    // The achievement whose edit form shows above the grid: achievements have no page of their own.
    private AchievementRow? _editedAchievement;

    [Inject]
    public required StudioListQueries Queries { get; init; }

    private ServerList<AchievementRow> Rows => _rows ??= CreateList((request, cancellationToken) => Queries.AchievementsAsync(Detail!.Id, Filter, request, cancellationToken));

    [Inject]
    public required IStringLocalizer<Resources.Innovation> InnovationLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Import> ImportLoc { get; init; }

    private string Title => RecordNames.Display(Detail?.Name) ?? Loc[nameof(Resources.Lists.StudioList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter)),
        Crumb(Loc[nameof(Resources.Lists.StudioList)], DashboardUrls.Studios(Filter)),
        Crumb(Title),
    ];

    protected override Task<StudioRow?> GetAsync(int id) => Queries.GetAsync(id);

    protected override Task LoadRowsAsync() => Rows.ReloadAsync();
}
