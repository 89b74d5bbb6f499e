using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class EnterpriseDetail
{
    private Data.Queries.EnterpriseDetail? _detail;
    private bool _loaded;

    [Parameter]
    public string? Id { get; set; }

    [Inject]
    public required EnterpriseQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => _detail?.Name ?? Loc[nameof(Resources.Lists.Enterprise)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)], DashboardUrls.CompetitionList(Filter)),
        Crumb(Title),
    ];

    protected override async Task LoadAsync()
    {
        _detail = ParseId(Id) is { } id ? await Queries.GetAsync(id) : null;
        _loaded = true;
    }
}
