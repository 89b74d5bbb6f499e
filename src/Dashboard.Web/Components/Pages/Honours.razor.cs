using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>The people behind a bar of the honours chart on 工匠梯队.</summary>
public sealed partial class Honours
{
    [Inject]
    public required HonourListQueries Queries { get; init; }

    protected override string Kind => Loc[nameof(Resources.Lists.HonourList)];

    protected override BreadcrumbItem AreaCrumb => Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter));

    protected override Task<PagedResult<HonourRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
        => Queries.ListAsync(Filter, request, cancellationToken);

    private IReadOnlyList<ExportColumn<HonourRow>> ExportColumns =>
    [
        Column<HonourRow>(nameof(Resources.Lists.ColRecipient), h => RecordNames.Display(h.RecipientName)),
        Column<HonourRow>(nameof(Resources.Lists.ColHonour), h => DashboardCultures.Pick(h.TitleZh, h.TitleEn)),
        Column<HonourRow>(nameof(Resources.Lists.ColYear), h => h.Year),
        Column<HonourRow>(nameof(Resources.Lists.ColRegion), h => DashboardCultures.PickOptional(h.RegionNameZh, h.RegionNameEn)),
        SampleColumn<HonourRow>(h => h.IsSample),
    ];
}
