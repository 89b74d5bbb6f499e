using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The achievements behind a savings or achievements bar of 创新创效, with their savings summed.</summary>
public sealed partial class Achievements
{
    [Inject]
    public required StudioListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.AchievementList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter));

    protected override Task<PagedResult<AchievementRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.AchievementsAsync(Filter, request, cancellationToken);
}
