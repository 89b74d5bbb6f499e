using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionDetail
{
    private ServerList<ParticipantRow>? _rows;

    // The entry whose edit form shows above the grid: an entry has no page of its own.
    private ParticipantRow? _editedEntry;

    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Import> ImportLoc { get; init; }

    private ServerList<ParticipantRow> Rows => _rows ??= CreateList((request, cancellationToken) => Queries.ParticipantsAsync(Detail!.Id, Filter, request, cancellationToken));

    private string Title => RecordNames.Display(Detail?.Name) ?? Loc[nameof(Resources.Lists.CompetitionList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter)),
        Crumb(Loc[nameof(Resources.Lists.CompetitionList)], DashboardUrls.CompetitionList(Filter)),
        Crumb(Title),
    ];

    protected override Task<CompetitionRow?> GetAsync(int id) => Queries.GetAsync(id);

    protected override Task LoadRowsAsync() => Rows.ReloadAsync();
}
