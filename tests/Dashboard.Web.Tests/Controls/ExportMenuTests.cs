using System.Text;
using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Tests.Controls;

public sealed class ExportMenuTests : DashboardTestContext
{
    private static readonly ExportTable s_table = new("竞赛", ["年份", "竞赛 (项)"], [["2024", 35m], ["2025", -5m]]);

    [Fact]
    public void Open_WithoutImage_OffersCsvAndExcelOnly()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => s_table).Add(c => c.FileName, "竞赛"));

        cut.Find("button").Click();

        Assert.Equal(["导出 CSV", "导出 Excel"], popovers.FindAll("[data-testid^='export-']").Select(e => e.TextContent.Trim()));
        Assert.Equal("导出", cut.Find("button").GetAttribute("aria-label"));
    }

    [Fact]
    public void ClickCsv_DownloadsTheTableAsDatedCsv()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => s_table).Add(c => c.FileName, "竞赛"));
        cut.Find("button").Click();

        popovers.Find("[data-testid='export-csv']").Click();

        var (fileName, contentType, content) = downloads.DownloadedFile();
        Assert.Matches(@"^竞赛-\d{8}\.csv$", fileName);
        Assert.Equal("text/csv", contentType);
        Assert.Equal(CsvExport.Write(s_table), content);
    }

    [Fact]
    public void ClickExcel_DownloadsAnXlsxWorkbook()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => s_table).Add(c => c.FileName, "竞赛"));
        cut.Find("button").Click();

        popovers.Find("[data-testid='export-xlsx']").Click();

        var (fileName, contentType, content) = downloads.DownloadedFile();
        Assert.Matches(@"^竞赛-\d{8}\.xlsx$", fileName);
        Assert.Equal(ExportFormats.XlsxContentType, contentType);
        Assert.Equal("PK"u8.ToArray(), content[..2]);
    }

    [Fact]
    public void ClickPng_WithImage_SavesTheCanvasInThatElement()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var image = new ElementReference("chart-area");
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => s_table).Add(c => c.FileName, "竞赛").Add(c => c.Image, () => image));
        cut.Find("button").Click();

        popovers.Find("[data-testid='export-png']").Click();

        var invocation = Assert.Single(downloads.Invocations, i => i.Identifier == "downloadCanvasPng");
        Assert.Equal("chart-area", ((ElementReference)invocation.Arguments[0]!).Id);
        Assert.Matches(@"^竞赛-\d{8}\.png$", (string)invocation.Arguments[1]!);
    }
}
