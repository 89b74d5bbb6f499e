using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CraftsmanDetail
{
    private Data.Queries.CraftsmanDetail? _detail;
    private bool _loaded;

    [Parameter]
    public string? Id { get; set; }

    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private string Title => _detail?.Craftsman.Name ?? Loc[nameof(Resources.Lists.Craftsman)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CraftsmenList)], DashboardUrls.Craftsmen(Filter)),
        Crumb(Title),
    ];

    protected override async Task LoadAsync()
    {
        _detail = ParseId(Id) is { } id ? await Queries.GetAsync(id) : null;
        _loaded = true;
    }
}
