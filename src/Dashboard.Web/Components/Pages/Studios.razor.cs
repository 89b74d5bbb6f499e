using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Studios
{
    [Inject]
    public required StudioListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.StudioList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter));

    protected override Task<PagedResult<StudioRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    /// <summary>The grid's columns as an export writes them: codes named, numbers as numbers, money in whole 元.</summary>
    private IReadOnlyList<ExportColumn<StudioRow>> ExportColumns =>
    [
        Column<StudioRow>(nameof(Resources.Lists.ColStudio), s => RecordNames.Display(s.Name)),
        Column<StudioRow>(nameof(Resources.Lists.ColLevel), s => Loc[$"StudioLevel_{s.Level}"].Value),
        Column<StudioRow>(nameof(Resources.Lists.ColLead), s => RecordNames.Display(s.LeadName)),
        Column<StudioRow>(nameof(Resources.Lists.ColRegion), s => DashboardCultures.PickOptional(s.RegionNameZh, s.RegionNameEn)),
        Column<StudioRow>(nameof(Resources.Lists.ColIndustry), s => DashboardCultures.PickOptional(s.IndustryNameZh, s.IndustryNameEn)),
        Column<StudioRow>(nameof(Resources.Lists.ColFounded), s => s.FoundedYear),
        Column<StudioRow>(nameof(Resources.Lists.ColAchievements), s => s.Achievements),
        Column<StudioRow>(nameof(Resources.Lists.ColSavingsYuan), s => s.SavingsYuan),
        SampleColumn<StudioRow>(s => s.IsSample),
    ];
}
