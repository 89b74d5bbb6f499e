using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The enterprises behind an enterprises or participation bar of 竞赛, with their workers summed.</summary>
public sealed partial class EnterpriseList
{
    [Inject]
    public required EnterpriseQueries Queries { get; init; }

    /// <summary>For a participation bar: all above-scale enterprises of the filter, the share's denominator.</summary>
    private int? Denominator { get; set; }

    protected override string Kind => Loc[nameof(Resources.Lists.EnterpriseList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter));

    protected override Task<PagedResult<EnterpriseRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    protected override async Task LoadAsync()
    {
        Denominator = Filter.AboveScale == true ? await Queries.CountAsync(Filter) : null;
        await base.LoadAsync();
    }
}
