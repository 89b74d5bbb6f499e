using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionList
{
    private ServerList<CompetitionRow>? _rows;

    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    private ServerList<CompetitionRow> Rows => _rows ??= new((request, cancellationToken) => Queries.ListAsync(Filter, request, cancellationToken));

    private string Title => Loc[nameof(Resources.Lists.CompetitionList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        .. FilterText.Years is { } years ? [Crumb(years)] : Array.Empty<BreadcrumbItem>(),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)]),
    ];

    protected override Task LoadAsync() => Rows.ReloadAsync();
}
