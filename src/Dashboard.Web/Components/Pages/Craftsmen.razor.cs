using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Craftsmen
{
    [Inject]
    public required CraftsmanListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.CraftsmenList)];

    protected override string Title => Loc[nameof(Resources.Lists.AreaTiers)] + " · " + Kind;

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter));

    protected override Task<PagedResult<CraftsmanRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    /// <summary>The grid's columns as an export writes them: codes named, numbers as numbers.</summary>
    private IReadOnlyList<ExportColumn<CraftsmanRow>> ExportColumns =>
    [
        Column<CraftsmanRow>(nameof(Resources.Lists.ColName), c => RecordNames.Display(c.Name)),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColTier), c => DashboardCultures.Pick(c.TierNameZh, c.TierNameEn)),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColRegion), c => DashboardCultures.PickOptional(c.RegionNameZh, c.RegionNameEn)),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColIndustry), c => DashboardCultures.PickOptional(c.IndustryNameZh, c.IndustryNameEn)),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColEmployer), c => RecordNames.Display(c.EmployerName)),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColYearNamed), c => c.YearNamed),
        Column<CraftsmanRow>(nameof(Resources.Lists.ColBatch), c => c.Batch),
        SampleColumn<CraftsmanRow>(c => c.IsSample),
    ];
}
