using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Overview
{
    private IReadOnlyList<KpiCardModel>? _tierCards;
    private IReadOnlyList<KpiCardModel>? _programmeCards;
    private IReadOnlyList<PublishedFigure> _citedFigures = [];

    [Inject]
    public required OverviewQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Overview> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Dashboards> DashboardsLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    protected override Task<OverviewSnapshot> QueryAsync(DashboardFilter filter) => Queries.GetOverviewAsync(filter);

    protected override void OnDataLoaded(OverviewSnapshot data, PublishedFigures published)
    {
        var cards = new OverviewCards(data, published, Filter, Loc, DashboardsLoc, CultureInfo.CurrentCulture);
        _tierCards = cards.Tiers();
        _programmeCards = cards.Programmes();
        _citedFigures = cards.CitedFigures();
    }
}
