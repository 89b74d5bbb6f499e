using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionDetail
{
    private ServerList<ParticipantRow>? _rows;

    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    private ServerList<ParticipantRow> Rows => _rows ??= new((request, cancellationToken) => Queries.ParticipantsAsync(Detail!.Id, Filter, request, cancellationToken));

    private string Title => Detail?.Name ?? Loc[nameof(Resources.Lists.CompetitionList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)], DashboardUrls.CompetitionList(Filter)),
        Crumb(Title),
    ];

    protected override Task<CompetitionRow?> GetAsync(int id) => Queries.GetAsync(id);

    protected override Task LoadRowsAsync() => Rows.ReloadAsync();
}
