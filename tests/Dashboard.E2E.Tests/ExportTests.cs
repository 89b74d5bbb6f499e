using System.Text;
using Dashboard.E2E.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class ExportTests(DashboardApp dashboard, Browser browser)
{
    private const string Chart = "[data-chart='competitions-by-year']";

    [Fact]
    public async Task ExportCsv_ChartTable_DownloadsUtf8WithBomOneRowPerYear()
    {
        var page = await OpenCompetitionsAsync();

        var bytes = await page.DownloadAsync(Chart, "export-csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length); // header + 2020…2024
        Assert.StartsWith("年份,全国 (个),省级示范性 (个)", lines[0]);
        Assert.StartsWith("2024,", lines[^1]);
    }

    [Fact]
    public async Task ExportXlsx_ChartTable_DownloadsASheetWithNumbersAsNumbers()
    {
        var page = await OpenCompetitionsAsync();

        var bytes = await page.DownloadAsync(Chart, "export-xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal("年份", CellText(rows[0].Elements<Cell>().First()));
        var demonstration2024 = rows[^1].Elements<Cell>().ElementAt(2);
        Assert.Null(demonstration2024.DataType);
        Assert.Equal("35", demonstration2024.CellValue!.Text);
    }

    // The menu is made when first pressed (until then it is its markup only), so the first opening is checked apart.
    [Fact]
    public async Task Keyboard_ExportMenu_OpensKeepsFocusClosesAndDownloads()
    {
        var page = await OpenCompetitionsAsync();
        var button = page.Locator($"{Chart} [data-testid='export-menu'] button");
        var csv = page.Locator(".mud-popover-open [data-testid='export-csv']");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(csv).ToBeFocusedAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Escape");
        await Expect(csv).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(csv).ToBeFocusedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith(".csv", download.SuggestedFilename);
    }

    [Fact]
    public async Task Keyboard_ExportMenuFirstOpened_ArrowDownAndEnterDownloadTheSecondItem()
    {
        var page = await OpenCompetitionsAsync();
        var button = page.Locator($"{Chart} [data-testid='export-menu'] button");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".mud-popover-open [data-testid='export-csv']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(".mud-popover-open [data-testid='export-xlsx']")).ToBeFocusedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith(".xlsx", download.SuggestedFilename);
    }

    [Fact]
    public async Task SavePng_Chart_DownloadsAnImage()
    {
        var page = await OpenCompetitionsAsync();

        var bytes = await page.DownloadAsync(Chart, "export-png");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.True(bytes.Length > 5_000);
    }

    [Fact]
    public async Task Print_FilteredDashboard_A4WithHeaderFiltersAndNoControls()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/competitions?region=510700&from=2023");
        await page.WaitForFunctionAsync($"() => globalThis.Chart?.getChart(document.querySelector(\"{Chart} canvas\"))");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("[data-testid='print-header']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='print-header']")).ToContainTextAsync("数据截至");
        await Assertions.Expect(page.Locator("[data-testid='print-header']")).ToContainTextAsync("绵阳");
        await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", Path = Path.Combine(PageExtensions.ScreenshotFolder, "report-competitions.pdf") });
        Assert.Equal("%PDF"u8.ToArray(), pdf.Take(4));
    }

    [Fact]
    public async Task ExportXlsx_SortedCraftsmenList_StreamedSheetHoldsEveryRowInTheListsOrder()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/tiers/craftsmen?region=510100&sort=YearNamed&desc=1&size=100");
        var names = page.Locator("[data-testid='list'] tbody tr td:first-child a");
        await Assertions.Expect(names.First).ToBeVisibleAsync();
        var total = await page.RowCountAsync();

        var bytes = await page.DownloadAsync("[data-testid='list']", "export-xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(total, rows.Count - 1);
        Assert.Equal("姓名", CellText(rows[0].Elements<Cell>().First()));
        var shown = (await names.AllInnerTextsAsync()).Select(n => n.Trim()).ToList();
        Assert.Equal(shown, rows.Skip(1).Take(shown.Count).Select(r => CellText(r.Elements<Cell>().First())));
        Assert.All(rows.Skip(1), r => Assert.Equal("成都", CellText(r.Elements<Cell>().ElementAt(2))));
    }

    [Theory]
    [InlineData("leader", "/export/craftsmen.csv?region=999999", "region=999999")]
    [InlineData("chengdu", "/export/craftsmen.csv?region=510700", "region=510700")]
    [InlineData("leader", "/export/nothing.csv", "/export/nothing.csv")]
    [InlineData("leader", "/export/studio-achievements.csv?studio=abc", "studio=abc")]
    [InlineData("chengdu", "/export/participants.csv?competition=999999", "competition=999999")]
    public async Task ExportLink_BadParameterOrAnotherCitysRows_ClearMessageNoFile(string userName, string link, string named)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: userName);

        var response = await page.Context.APIRequest.GetAsync(new Uri(dashboard.BaseAddress, link).ToString());

        Assert.InRange(response.Status, 400, 404);
        Assert.StartsWith("text/plain", response.Headers["content-type"]);
        Assert.Contains(named, await response.TextAsync());
    }

    // The audit log's route shares /export/{list}.csv's shape: a real server must pick it, and refuse a reader.
    [Theory]
    [InlineData("admin", 200)]
    [InlineData("leader", 403)]
    public async Task ExportCsv_AuditLog_OnlyAnAdminGetsTheFile(string userName, int status)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: userName);

        var response = await page.Context.APIRequest.GetAsync(new Uri(dashboard.BaseAddress, "/export/audit.csv?action=SignIn").ToString());

        Assert.Equal(status, response.Status);
        if (status == 200)
        {
            Assert.StartsWith("text/csv", response.Headers["content-type"]);
            Assert.Contains($",登录,{userName},", await response.TextAsync());
        }
    }

    private async Task<IPage> OpenCompetitionsAsync()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/competitions");
        await page.WaitForFunctionAsync($"() => globalThis.Chart?.getChart(document.querySelector(\"{Chart} canvas\"))");
        return page;
    }

    private static string CellText(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
