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

    [Inject]
    public required OverviewQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Overview> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Dashboards> DashboardsLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    /// <summary>Queried while prerendering and handed to the interactive render, which does not query again.</summary>
    [PersistentState]
    public OverviewSnapshot? Snapshot { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Snapshot ??= await Queries.GetOverviewAsync();
        _tierCards = OverviewCards.Tiers(Snapshot, Loc, CultureInfo.CurrentCulture);
        _programmeCards = OverviewCards.Programmes(Snapshot, Loc, DashboardsLoc, CultureInfo.CurrentCulture);
    }
}
