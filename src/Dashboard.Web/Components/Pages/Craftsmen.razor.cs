using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Craftsmen
{
    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.CraftsmenList)];

    protected override string Title => Loc[nameof(Resources.Lists.AreaTiers)] + " · " + Kind;

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter));

    protected override Task<PagedResult<CraftsmanRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);
}
