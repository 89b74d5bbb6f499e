using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The achievements behind a savings or achievements bar of 创新创效, with their savings summed.</summary>
public sealed partial class Achievements
{
    [Inject]
    public required StudioListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.AchievementList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaInnovation)], DashboardUrls.Innovation(Filter));

    protected override Task<PagedResult<AchievementRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.AchievementsAsync(Filter, request, cancellationToken);

    private IReadOnlyList<ExportColumn<AchievementRow>> ExportColumns =>
    [
        Column<AchievementRow>(nameof(Resources.Lists.ColTitle), a => RecordNames.Display(a.Title)),
        Column<AchievementRow>(nameof(Resources.Lists.ColStudio), a => RecordNames.Display(a.StudioName)),
        Column<AchievementRow>(nameof(Resources.Lists.ColYear), a => a.Year),
        Column<AchievementRow>(nameof(Resources.Lists.ColCategory), a => Loc[$"Category_{a.Category}"].Value),
        Column<AchievementRow>(nameof(Resources.Lists.ColRegion), a => DashboardCultures.PickOptional(a.RegionNameZh, a.RegionNameEn)),
        Column<AchievementRow>(nameof(Resources.Lists.ColIndustry), a => DashboardCultures.PickOptional(a.IndustryNameZh, a.IndustryNameEn)),
        Column<AchievementRow>(nameof(Resources.Lists.ColSavingsYuan), a => a.SavingsYuan),
        SampleColumn<AchievementRow>(a => a.IsSample),
    ];
}
