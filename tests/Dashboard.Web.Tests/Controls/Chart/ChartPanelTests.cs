using System.Text;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Tests.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Tests.Controls.Chart;

public sealed class ChartPanelTests : DashboardTestContext
{
    private static readonly ChartSpec s_spec = new(ChartKind.Bar, ["2023", "2024"],
        [new ChartSeries("节创效益", [219.2, 225.3], ["219.2亿元", "225.3亿元（同比 +2.8%）"])])
    {
        CategoryTitle = "年份",
        TargetLines = [new ChartTargetLine("公布数", 200, "超200亿元/年") { Qualifier = "超" }],
    };

    [Fact]
    public void ToggleTable_ShowsTheSameNumbersAsTheChartAndRemovesTheCanvas()
    {
        var module = SetupChartModule();
        var showTable = false;
        var cut = Render<ChartPanel>(p => p.Add(c => c.Key, "savings").Add(c => c.Title, "节创效益").Add(c => c.Spec, s_spec)
            .Bind(c => c.ShowTable, showTable, shown => showTable = shown));

        cut.Find(".chart-table-toggle input").Change(true);
        // The owner keeps the choice and hands it back, as ChartGrid does through the URL.
        cut.Render(p => p.Add(c => c.ShowTable, showTable));

        Assert.True(showTable);
        Assert.Empty(cut.FindAll("canvas"));
        Assert.Equal(["年份", "节创效益", "公布数"], cut.FindAll(".chart-table thead th").Select(h => h.TextContent));
        Assert.Equal(["2024", "225.3亿元（同比 +2.8%）", "超200亿元/年"], cut.FindAll(".chart-table tbody tr")[1].Children.Select(c => c.TextContent));
        Assert.Single(module.Invocations, i => i.Identifier == "destroy");
    }

    [Fact]
    public void Render_SampleNumbers_ShowsTheSampleMarker()
    {
        SetupChartModule();

        var cut = Render<ChartPanel>(p => p.Add(c => c.Key, "k").Add(c => c.Title, "t").Add(c => c.Spec, s_spec).Add(c => c.IncludesSample, true));

        Assert.Contains("示例数据", cut.Find(".sample-badge").TextContent);
    }

    [Fact]
    public void OpenExportMenu_ChartShown_OffersCsvExcelAndPng()
    {
        SetupChartModule();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ChartPanel>(p => p.Add(c => c.Key, "savings").Add(c => c.Title, "节创效益").Add(c => c.Spec, s_spec));

        cut.Find("[data-testid='export-menu'] button").Click();

        Assert.Equal(["export-csv", "export-xlsx", "export-png"], popovers.FindAll("[data-testid^='export-']").Select(e => e.GetAttribute("data-testid")));
    }

    [Fact]
    public void OpenExportMenu_TableShown_HasNoPng()
    {
        SetupChartModule();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ChartPanel>(p => p.Add(c => c.Key, "savings").Add(c => c.Title, "节创效益").Add(c => c.Spec, s_spec).Add(c => c.ShowTable, true));

        cut.Find("[data-testid='export-menu'] button").Click();

        Assert.Equal(["export-csv", "export-xlsx"], popovers.FindAll("[data-testid^='export-']").Select(e => e.GetAttribute("data-testid")));
    }

    [Fact]
    public void ClickExportCsv_StreamsTheChartsTableAsCsv()
    {
        SetupChartModule();
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = Render<MudPopoverProvider>();
        var spec = s_spec with { ValueAxis = new ChartAxis { Title = "亿元" } };
        var cut = Render<ChartPanel>(p => p.Add(c => c.Key, "savings").Add(c => c.Title, "节创效益").Add(c => c.Spec, spec));
        cut.Find("[data-testid='export-menu'] button").Click();

        popovers.Find("[data-testid='export-csv']").Click();

        var (fileName, contentType, content) = downloads.DownloadedFile();
        Assert.Matches(@"^节创效益-\d{8}\.csv$", fileName);
        Assert.Equal("text/csv", contentType);
        Assert.Equal("\uFEFF年份,节创效益 (亿元),公布数 (亿元)\r\n2023,219.2,超200\r\n2024,225.3,超200\r\n", Encoding.UTF8.GetString(content));
    }

    [Fact]
    public void ClickExportPng_SavesTheCanvasAreaCaptionedWithTitleUnitDataAsOfAndSampleMark()
    {
        SetupChartModule();
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<CascadingValue<string>>(p => p.Add(c => c.Name, Dashboard.Web.Model.DataStamp.CascadeName).Add(c => c.Value, "2025年5月").AddChildContent<ChartPanel>(panel => panel
            .Add(c => c.Key, "savings").Add(c => c.Title, "节创效益").Add(c => c.Subtitle, "单位：亿元").Add(c => c.Spec, s_spec).Add(c => c.IncludesSample, true)));
        cut.Find("[data-testid='export-menu'] button").Click();

        popovers.Find("[data-testid='export-png']").Click();

        var invocation = downloads.WaitForCall("downloadCanvasPng");
        Assert.Matches(@"^节创效益-\d{8}\.png$", (string)invocation.Arguments[1]!);
        Assert.Equal(["节创效益", "单位：亿元", "数据截至2025年5月", "示例数据"], (IReadOnlyList<string>)invocation.Arguments[2]!);
    }
}
