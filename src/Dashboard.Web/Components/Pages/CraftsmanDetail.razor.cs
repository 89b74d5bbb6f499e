using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CraftsmanDetail
{
    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    private string Title => RecordNames.Display(Detail?.Craftsman.Name) ?? Loc[nameof(Resources.Lists.Craftsman)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CraftsmenList)], DashboardUrls.Craftsmen(Filter)),
        Crumb(Title),
    ];

    protected override Task<Data.Queries.CraftsmanDetail?> GetAsync(int id) => Queries.GetAsync(id);
}
