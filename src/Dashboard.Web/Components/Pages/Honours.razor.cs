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
    private ServerList<HonourRow>? _rows;

    [Inject]
    public required HonourListQueries Queries { get; init; }

    private ServerList<HonourRow> Rows => _rows ??= CreateList((request, cancellationToken) => Queries.ListAsync(Filter, request, cancellationToken));

    private string Title => Loc[nameof(Resources.Lists.HonourList)];

    private List<BreadcrumbItem> Crumbs =>
    [
        Crumb(Loc[nameof(Resources.Lists.AreaTiers)], DashboardUrls.Tiers(Filter)),
        .. FilterText.All.Select(criterion => Crumb(criterion)),
        Crumb(Title),
    ];

    protected override Task LoadAsync() => Rows.ReloadAsync();

    private IReadOnlyList<ExportColumn<HonourRow>> ExportColumns =>
    [
        Column<HonourRow>(nameof(Resources.Lists.ColRecipient), h => RecordNames.Display(h.RecipientName)),
        Column<HonourRow>(nameof(Resources.Lists.ColHonour), h => DashboardCultures.Pick(h.TitleZh, h.TitleEn)),
        Column<HonourRow>(nameof(Resources.Lists.ColYear), h => h.Year),
        Column<HonourRow>(nameof(Resources.Lists.ColRegion), h => DashboardCultures.PickOptional(h.RegionNameZh, h.RegionNameEn)),
        SampleColumn<HonourRow>(h => h.IsSample),
    ];
}
