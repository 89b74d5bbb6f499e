using System.Text;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>A member of staff answers "which 市级工匠 in 绵阳 work in 装备制造, and who are they?" with clicks.</summary>
public sealed class DrillDownTests(DashboardApp dashboard, Browser browser)
{
    private const string List = "[data-testid='list']";
    private const string ListUrl = "**/tiers/craftsmen?region=510700&industry=equipment-manufacturing&tier=city";

    [Fact]
    public async Task FilterClickBarSortPageOpenDetailGoBackAndExport_KeepsTheFiltersThroughout()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();

        // Filter: 绵阳, 装备制造.
        await page.OpenAsync("/tiers");
        await page.ChooseAsync("filter-regions", "绵阳");
        await page.WaitForURLAsync("**/tiers?region=510700");
        await page.ChooseAsync("filter-industries", "装备制造");
        await page.WaitForURLAsync("**/tiers?region=510700&industry=equipment-manufacturing");

        // Once the 市州 chart shows the filtered data (成都 empty), click the 市级工匠 bar of 绵阳.
        await page.WaitForFunctionAsync(
            """
            () => {
              const chart = Chart.getChart(document.querySelector("[data-chart='tier-by-region'] canvas"));
              const city = chart.data.datasets.find(d => d.label === '市级工匠');
              return city.data[chart.data.labels.indexOf('成都')] === 0 && city.data[chart.data.labels.indexOf('绵阳')] > 0;
            }
            """);
        await page.DrillBarAsync("tier-by-region", "市级工匠", "绵阳", ListUrl);
        await page.Locator("[data-interactive='true']").WaitForAsync();
        var rows = page.Locator("[data-testid='list'] tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var total = await page.RowCountAsync();
        Assert.True(total > 20, $"{total} craftsmen: more than one page.");
        await Expect(page.Locator(".active-filter")).ToHaveCountAsync(3);

        // Sort by year named, newest first, and move to the second page.
        var yearHeader = page.Locator("th").Filter(new() { HasText = "命名年份" }).Locator(".column-header");
        await yearHeader.ClickAsync();
        await yearHeader.ClickAsync();
        await Expect(rows.First.Locator("td").Nth(5)).ToHaveTextAsync("2025");
        var firstOfPageOne = await rows.First.Locator("td").First.InnerTextAsync();
        await page.Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
        await Expect(rows.First.Locator("td").First).Not.ToHaveTextAsync(firstOfPageOne);
        await page.WaitForURLAsync(ListUrl + "&sort=YearNamed&desc=1&page=2");
        await Expect(page.Locator(".mud-table-pagination").First).ToContainTextAsync("21–40");
        await page.SaveScreenshotAsync("craftsmen-list", fullPage: false);

        // Open a craftsman, then go back to the list: the same page in the same order.
        var name = (await rows.First.Locator("td a").First.InnerTextAsync()).Trim();
        await rows.First.Locator("td a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/craftsmen/\d+\?region=510700&industry=equipment-manufacturing&tier=city$"));
        await Expect(page.Locator("h1")).ToContainTextAsync(name);
        await page.GoBackAsync();
        await page.WaitForURLAsync(ListUrl + "&sort=YearNamed&desc=1&page=2");
        await Expect(rows.First.Locator("td a").First).ToHaveTextAsync(name);

        // Export every matching row, not just the page on screen.
        await Expect(rows.First).ToBeVisibleAsync();
        var csv = Encoding.UTF8.GetString((await page.DownloadAsync(List, "export-csv"))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, csv.Length);
        Assert.StartsWith("姓名,梯队,市州,行业", csv[0]);
        Assert.All(csv.Skip(1), line => Assert.Contains(",市级工匠,绵阳,装备制造,", line));

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await page.DownloadAsync(List, "export-xlsx")), isEditable: false);
        var sheetRows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(total + 1, sheetRows.Count);
        Assert.Equal("绵阳", sheetRows[1].Elements<Cell>().ElementAt(2).InnerText);
        Assert.Empty(errors);
    }
}
