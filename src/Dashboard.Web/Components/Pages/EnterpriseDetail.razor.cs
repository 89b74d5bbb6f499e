using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class EnterpriseDetail
{
    [Inject]
    public required EnterpriseQueries Queries { get; init; }

    private string Title => RecordNames.Display(Detail?.Name) ?? Loc[nameof(Resources.Lists.Enterprise)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)], DashboardUrls.CompetitionList(Filter)),
        Crumb(Title),
    ];

    protected override Task<Data.Queries.EnterpriseDetail?> GetAsync(int id) => Queries.GetAsync(id);
}
