using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Studios
{
    private ServerList<StudioRow>? _rows;

    [Inject]
    public required StudioListQueries Queries { get; init; }

    private ServerList<StudioRow> Rows => _rows ??= new((request, cancellationToken) => Queries.ListAsync(Filter, request, cancellationToken));

    private string Title => Loc[nameof(Resources.Lists.StudioList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter)),
        .. FilterText.Years is { } years ? [Crumb(years)] : Array.Empty<BreadcrumbItem>(),
        .. FilterText.Industries.Count > 0 ? [Crumb(string.Join("、", FilterText.Industries))] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.StudioList)]),
    ];

    protected override Task LoadAsync() => Rows.ReloadAsync();
}
