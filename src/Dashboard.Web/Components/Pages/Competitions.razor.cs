using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Competitions
{
    [Inject]
    public required CompetitionQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Competitions> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Dashboards> DashboardsLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    protected override Task<CompetitionDashboard> QueryAsync(DashboardFilter filter) => Queries.GetDashboardAsync(filter);

    protected override IReadOnlyList<DashboardChart> MapCharts(CompetitionDashboard data, PublishedFigures published)
        => new CompetitionCharts(data, published, Filter, Loc, DashboardsLoc, CultureInfo.CurrentCulture).All();
}
