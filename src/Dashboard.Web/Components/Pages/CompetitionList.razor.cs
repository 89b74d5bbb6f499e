using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class CompetitionList
{
    [Inject]
    public required CompetitionListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.CompetitionList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaCompetitions)], DashboardUrls.Competitions(Filter));

    protected override Task<PagedResult<CompetitionRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    // Under a 市州 or industry filter the participant columns count only that part of each competition's entries.
    private bool EntriesNarrowed => Filter.Regions.Count > 0 || Filter.Industries.Count > 0 || Filter.AboveScale is not null || !Filter.IncludeSample;

    private string EnterprisesHeader => EntriesNarrowed ? nameof(Resources.Lists.ColEnterprisesInScope) : nameof(Resources.Lists.ColEnterprises);

    private string WorkersHeader => EntriesNarrowed ? nameof(Resources.Lists.ColWorkersInScope) : nameof(Resources.Lists.ColWorkers);

    private string HostRegion(CompetitionRow row) => DashboardCultures.PickOptional(row.RegionNameZh, row.RegionNameEn) ?? Loc[nameof(Resources.Lists.ProvinceWide)];

    /// <summary>The grid's columns as an export writes them: codes named, numbers as numbers.</summary>
    private IReadOnlyList<ExportColumn<CompetitionRow>> ExportColumns =>
    [
        Column<CompetitionRow>(nameof(Resources.Lists.ColCompetition), c => RecordNames.Display(c.Name)),
        Column<CompetitionRow>(nameof(Resources.Lists.ColYear), c => c.Year),
        Column<CompetitionRow>(nameof(Resources.Lists.ColLevel), c => CompetitionLoc[$"Level_{c.Level}"].Value),
        Column<CompetitionRow>(nameof(Resources.Lists.ColTheme), c => c.ThemeZh),
        Column<CompetitionRow>(nameof(Resources.Lists.ColIndustry), c => DashboardCultures.PickOptional(c.IndustryNameZh, c.IndustryNameEn)),
        Column<CompetitionRow>(nameof(Resources.Lists.ColHostRegion), c => HostRegion(c)),
        Column<CompetitionRow>(EnterprisesHeader, c => c.Enterprises),
        Column<CompetitionRow>(WorkersHeader, c => c.Workers),
        SampleColumn<CompetitionRow>(c => c.IsSample),
    ];
}
