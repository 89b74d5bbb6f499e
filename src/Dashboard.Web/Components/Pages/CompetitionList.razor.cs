using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionList
{
    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.CompetitionList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter));

    protected override Task<PagedResult<CompetitionRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    private string HostRegion(CompetitionRow row) => DashboardCultures.PickOptional(row.RegionNameZh, row.RegionNameEn) ?? Loc[nameof(Resources.Lists.ProvinceWide)];
}
