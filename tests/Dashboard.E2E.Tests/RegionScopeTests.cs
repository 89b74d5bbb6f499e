using System.Text;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>The demo account <c>chengdu</c>, bound to 成都, in the browser: only 成都's records, the 市州 fixed, others not found.</summary>
public sealed class RegionScopeTests(DashboardApp dashboard, Browser browser)
{
    private const string Chengdu = "chengdu";

    [Fact]
    public async Task CraftsmenList_SignedInAsChengdu_EveryRowIsChengdu()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: Chengdu);

        await page.OpenAsync("/tiers/craftsmen");

        var rows = page.Locator("[data-testid='list'] tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var regionColumn = await page.Locator("[data-testid='list'] thead th").AllInnerTextsAsync();
        var regions = await rows.Locator($"td:nth-child({IndexOf(regionColumn, "市州") + 1})").AllInnerTextsAsync();
        Assert.NotEmpty(regions);
        Assert.All(regions, region => Assert.Equal("成都", region.Trim()));
        await Expect(page.Locator("[data-testid='drill-statement']")).ToContainTextAsync("成都");
        await page.SaveScreenshotAsync("chengdu-craftsmen", fullPage: false);
    }

    [Fact]
    public async Task ExportCsv_CraftsmenSignedInAsChengdu_EveryRowIsChengdu()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: Chengdu);
        await page.OpenAsync("/tiers/craftsmen");
        var total = await page.RowCountAsync();

        var csv = Encoding.UTF8.GetString((await page.DownloadAsync("[data-testid='list']", "export-csv"))[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var region = Array.IndexOf(csv[0].Split(','), "市州");
        Assert.Equal(total, csv.Length - 1);
        Assert.All(csv.Skip(1), line => Assert.Equal("成都", line.Split(',')[region]));
    }

    [Fact]
    public async Task Tiers_SignedInAsChengdu_RegionFixedAndChartHasOnlyChengdu()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: Chengdu);

        await page.OpenAsync("/tiers");

        var regions = page.Locator("input[data-testid='filter-regions']");
        await Expect(regions).ToBeDisabledAsync();
        await Expect(regions).ToHaveValueAsync("成都");
        await Expect(page.Locator(".active-filter")).ToHaveTextAsync(["成都"]);
        // Chart.js loads beside the circuit: the chart may not be there yet when the filter field is.
        var labels = await (await page.WaitForFunctionAsync(
            "() => globalThis.Chart?.getChart(document.querySelector(\"[data-chart='tier-by-region'] canvas\"))?.data.labels")).JsonValueAsync<string[]>();
        Assert.Equal(["成都"], labels);
    }

    [Fact]
    public async Task LinkNamingAnotherRegion_SignedInAsChengdu_NotFoundNoticeAndOnlyChengdu()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: Chengdu);

        await page.OpenAsync("/tiers/craftsmen?region=510700");

        await Expect(page.Locator("[data-testid='out-of-scope']")).ToContainTextAsync("未找到绵阳的数据");
        await Expect(page.Locator(".active-filter")).ToHaveTextAsync(["成都"]);
    }

    [Fact]
    public async Task CraftsmanOfAnotherRegion_SignedInAsChengdu_NotFoundAndNoName()
    {
        // The leader finds a 绵阳 craftsman's id and name; chengdu asks for that id.
        var (id, name) = await FirstCraftsmanAsync("510700");
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: Chengdu);

        var response = await page.GotoAsync($"/craftsmen/{id}");
        await page.Locator("[data-interactive='true']").WaitForAsync();

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("[data-testid='not-found']")).ToContainTextAsync(id.ToString());
        Assert.DoesNotContain(name, await page.ContentAsync());
    }

    /// <summary>The first craftsman of <paramref name="region"/>'s list, as the province-wide leader sees it.</summary>
    private async Task<(int Id, string Name)> FirstCraftsmanAsync(string region)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync($"/tiers/craftsmen?region={region}");
        var link = page.Locator("[data-testid='list'] tbody tr td a").First;
        var href = await link.GetAttributeAsync("href");
        var name = (await link.InnerTextAsync()).Trim();
        await page.Context.CloseAsync();
        return (int.Parse(Regex.Match(href!, "/craftsmen/(\\d+)").Groups[1].Value), name);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
        => headers.Select((text, index) => (text, index)).First(h => h.text.Contains(header)).index;
}
