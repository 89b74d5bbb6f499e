using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
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

    /// <summary>The participants grid's columns as an export writes them.</summary>
    private IReadOnlyList<ExportColumn<ParticipantRow>> ExportColumns =>
    [
        Column<ParticipantRow>(nameof(Resources.Lists.ColEnterprise), p => RecordNames.Display(p.Name)),
        Column<ParticipantRow>(nameof(Resources.Lists.ColRegion), p => DashboardCultures.Pick(p.RegionNameZh, p.RegionNameEn)),
        Column<ParticipantRow>(nameof(Resources.Lists.ColIndustry), p => DashboardCultures.Pick(p.IndustryNameZh, p.IndustryNameEn)),
        Column<ParticipantRow>(nameof(Resources.Lists.ColAboveScale), p => YesNo(p.IsAboveScale)),
        Column<ParticipantRow>(nameof(Resources.Lists.ColWorkers), p => p.Workers),
        SampleColumn<ParticipantRow>(p => p.IsSample),
    ];
}
