using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The people behind a bar of the honours chart on 工匠梯队.</summary>
public sealed partial class Honours
{
    [Inject]
    public required HonourListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.HonourList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter));

    protected override Task<PagedResult<HonourRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);
}
