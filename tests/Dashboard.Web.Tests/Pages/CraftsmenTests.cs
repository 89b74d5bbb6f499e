using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Pages;
using Bunit.TestDoubles;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Pages;

/// <summary>名单 over <see cref="ListRecords"/> and the seeded real craftsmen.</summary>
public sealed class CraftsmenTests : DrillPageTestContext
{
    [Fact]
    public async Task Render_RegionAndIndustryInUrl_GridRowsAreTheQueryRows()
    {
        // Arrange
        NavigateTo("/tiers/craftsmen?region=510100&industry=railway");
        var filter = new DashboardFilter { Regions = [ListRecords.Chengdu], Industries = [ListRecords.Railway] };
        var expected = await Query<CraftsmanListQueries>().ListAsync(filter, new ListRequest(0, 20), Xunit.TestContext.Current.CancellationToken);

        // Act
        var cut = Render<Craftsmen>();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(expected.Items.Select(c => c.Name), FirstColumn(cut)));
        Assert.Equal(["工匠己", "工匠甲", "工匠丙", "工匠辛"], FirstColumn(cut));
        Assert.Equal("共 4 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
        Assert.Equal(["成都", "铁路"], cut.FindAll(".active-filter").Select(c => c.TextContent.Trim()));
        Assert.Contains("/craftsmen/", cut.Find("[data-testid='list'] tbody tr a").GetAttribute("href"));
        Assert.EndsWith("?region=510100&industry=railway", cut.Find("[data-testid='list'] tbody tr a").GetAttribute("href"));
    }

    [Fact]
    public async Task Render_SortPageAndSizeInUrl_OpensThatPageInThatOrder()
    {
        NavigateTo("/tiers/craftsmen?sort=YearNamed&desc=1&page=2&size=10");
        var expected = await Query<CraftsmanListQueries>().ListAsync(DashboardFilter.WholeProvince, new ListRequest(1, 10, "YearNamed", Descending: true), Xunit.TestContext.Current.CancellationToken);

        var cut = Render<Craftsmen>();

        cut.WaitForAssertion(() => Assert.Equal(expected.Items.Select(c => c.Name), FirstColumn(cut)));
        Assert.NotEmpty(expected.Items);
        Assert.Equal("http://localhost/tiers/craftsmen?sort=YearNamed&desc=1&page=2&size=10", Services.GetRequiredService<BunitNavigationManager>().Uri);
    }

    [Fact]
    public void Render_ColumnFilterInUrl_ListIsFilteredAndTheGridShowsTheFilter()
    {
        NavigateTo("/tiers/craftsmen?f.Name=contains:%E7%94%B2");

        var cut = Render<Craftsmen>();

        cut.WaitForAssertion(() => Assert.Equal(["工匠甲"], FirstColumn(cut)));
        Assert.Single(cut.FindComponent<MudDataGrid<CraftsmanRow>>().Instance.FilterDefinitions);
    }

    [Fact]
    public async Task SortByName_UrlFollowsSoAReloadOpensTheSameView()
    {
        NavigateTo("/tiers/craftsmen?region=510100&size=10");
        var cut = Render<Craftsmen>();
        cut.WaitForAssertion(() => Assert.NotEmpty(FirstColumn(cut)));
        var grid = cut.FindComponent<MudDataGrid<CraftsmanRow>>().Instance;

        await cut.InvokeAsync(() => grid.SetSortAsync(nameof(CraftsmanRow.Name), SortDirection.Ascending, c => c.Name));

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/tiers/craftsmen?region=510100&sort=Name&size=10", Services.GetRequiredService<BunitNavigationManager>().Uri));
    }

    [Fact]
    public void Render_TierInUrl_BreadcrumbNamesTheTierAndLinksBackWithTheFilter()
    {
        NavigateTo("/tiers/craftsmen?tier=city&region=510300");

        var cut = Render<Craftsmen>();

        cut.WaitForAssertion(() => Assert.Equal(["工匠丁"], FirstColumn(cut)));
        var crumbs = cut.FindAll(".mud-breadcrumb-item").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["工匠梯队", "自贡", "市级工匠", "名单"], crumbs);
        Assert.Equal("/tiers?region=510300&tier=city", cut.Find(".mud-breadcrumb-item a").GetAttribute("href"));
    }

    [Fact]
    public void Render_UnknownCityInUrl_NoticeListsItAndTheRestApplies()
    {
        NavigateTo("/tiers/craftsmen?region=999999&tier=national");

        var cut = Render<Craftsmen>();

        cut.WaitForAssertion(() => Assert.Contains("region=999999", cut.Find("[data-testid='filter-dropped']").TextContent));
        // 工匠己 and the two real 大国工匠 (陈行行, 崔兴国)
        cut.WaitForAssertion(() => Assert.Equal("共 3 条", cut.Find("[data-testid='row-count']").TextContent.Trim()));
    }

    [Fact]
    public async Task ExportCsv_FilteredList_LinksToTheStreamedFileOfTheFilteredRowsWithTheGridsColumns()
    {
        // Arrange
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        NavigateTo("/tiers/craftsmen?region=510100&industry=railway&sort=YearNamed&f.Name=contains:工匠");
        var cut = Render<Craftsmen>();
        cut.WaitForAssertion(() => Assert.Equal(4, FirstColumn(cut).Count));

        // Act: the link the menu offers, and the file the export endpoint writes for it
        var (href, fileName) = cut.ExportCsvLink(popovers);
        var file = await GetExportAsync(href);

        // Assert
        Assert.Equal("/export/craftsmen.csv?region=510100&industry=railway&sort=YearNamed&f.Name=contains%3A%E5%B7%A5%E5%8C%A0", href);
        Assert.StartsWith("工匠梯队 · 名单-", fileName);
        Assert.Contains("导出全部 4 行", popovers.Find("[data-testid='export-note']").TextContent);
        Assert.Equal(200, file.Status);
        Assert.Equal("姓名,梯队,市州,行业,工作单位,命名年份,届次,示例数据", file.Lines[0]);
        Assert.Equal(FirstColumn(cut), file.Column(0));
        Assert.All(file.Lines.Skip(1), l => Assert.Contains(",成都,铁路,", l));
    }

    [Fact]
    public void Rerender_SameUrl_DoesNotQueryAgainSoTheGridKeepsItsPageAndSort()
    {
        // Arrange: the list loaded
        NavigateTo("/tiers/craftsmen?region=510100&industry=railway");
        var cut = Render<Craftsmen>();
        cut.WaitForAssertion(() => Assert.Equal(4, FirstColumn(cut).Count));
        var queries = Queries;

        // Act: a parent re-render (the layout's theme, say) with the URL unchanged
        cut.Render();

        // Assert
        Assert.Equal(queries, Queries);
    }
}
