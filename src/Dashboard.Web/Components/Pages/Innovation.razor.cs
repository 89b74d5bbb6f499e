using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Innovation
{
    [Inject]
    public required InnovationQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Innovation> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Dashboards> DashboardsLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    protected override Task<InnovationDashboard> QueryAsync(DashboardFilter filter) => Queries.GetDashboardAsync(filter);

    protected override IReadOnlyList<DashboardChart> MapCharts(InnovationDashboard data, PublishedFigures published)
        => new InnovationCharts(data, published, Filter, Loc, DashboardsLoc, CultureInfo.CurrentCulture).All();
}
