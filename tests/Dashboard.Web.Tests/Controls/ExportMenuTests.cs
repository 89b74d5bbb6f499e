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
        var popovers = RenderOpenMenu(image: null);

        Assert.Equal(["导出 CSV", "导出 Excel"], popovers.FindAll("[data-testid^='export-']").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public void Render_MenuButton_IsNamedForScreenReaders()
    {
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => Task.FromResult(s_table)).Add(c => c.FileName, "竞赛"));

        Assert.Equal("导出", cut.Find("button").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_NeverOpened_IsItsButtonOnlyUntilPressedThenTheOpenMenu()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => Task.FromResult(s_table)).Add(c => c.FileName, "竞赛"));
        var closed = cut.Find("[data-testid='export-menu'] button");

        Assert.Empty(cut.FindComponents<IComponent>());
        Assert.Equal(("menu", "false"), (closed.GetAttribute("aria-haspopup"), closed.GetAttribute("aria-expanded")));

        closed.Click();

        Assert.Single(cut.FindComponents<MudMenu>());
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='export-menu'] button").GetAttribute("aria-expanded")));
        Assert.NotNull(popovers.Find(".mud-popover-open [data-testid='export-csv']"));
    }

    [Theory]
    [InlineData("export-csv", "csv", ExportFormats.CsvContentType, new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("export-xlsx", "xlsx", ExportFormats.XlsxContentType, new byte[] { (byte)'P', (byte)'K' })]
    public void ClickFormat_DownloadsTheTableAsADatedFile(string testId, string extension, string contentType, byte[] magic)
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = RenderOpenMenu(image: null);

        popovers.Find($"[data-testid='{testId}']").Click();

        var download = downloads.DownloadedFile();
        Assert.Matches($@"^竞赛-\d{{8}}\.{extension}$", download.FileName);
        Assert.Equal(contentType, download.ContentType);
        Assert.Equal(magic, download.Content[..magic.Length]);
    }

    [Fact]
    public async Task ClickCsv_StreamsTheCsvOfTheTable()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = RenderOpenMenu(image: null);

        popovers.Find("[data-testid='export-csv']").Click();

        Assert.Equal(await ExportFormats.WriteAsync(s_table, ExportFormat.Csv, Xunit.TestContext.Current.CancellationToken), downloads.DownloadedFile().Content);
    }

    [Fact]
    public void ClickPng_WithImage_SavesTheCanvasInThatElement()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var image = new ElementReference("chart-area");
        var popovers = RenderOpenMenu(image);

        popovers.Find("[data-testid='export-png']").Click();

        var invocation = downloads.WaitForCall("downloadCanvasPng");
        Assert.Equal("chart-area", ((ElementReference)invocation.Arguments[0]!).Id);
        Assert.Matches(@"^竞赛-\d{8}\.png$", (string)invocation.Arguments[1]!);
    }

    [Theory]
    [InlineData("export-csv")]
    [InlineData("export-png")]
    public void Click_AccountSignedOutSinceThePageOpened_NoFileAndANotice(string testId)
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var popovers = RenderOpenMenu(new ElementReference("chart-area"));
        var snackbars = Render<MudSnackbarProvider>();

        // Revalidation found the account disabled: the circuit's reader is now nobody, holding no policy.
        Authorization.SetNotAuthorized();
        Authorization.SetPolicies();
        popovers.Find($"[data-testid='{testId}']").Click();

        Assert.DoesNotContain(downloads.Invocations, i => i.Identifier is "downloadFile" or "downloadCanvasPng");
        snackbars.WaitForAssertion(() => Assert.Contains("未导出", snackbars.Markup));
    }

    [Fact]
    public void Open_ListWithHref_LinksToTheStreamedFilesAndSaysHowManyRows()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Href, format => $"/export/craftsmen.{ExportFormats.Extension(format)}?region=510100")
            .Add(c => c.RowCount, 123456).Add(c => c.FileName, "工匠名单"));

        cut.Find("button").Click();

        var csv = popovers.Find("[data-testid='export-csv']");
        Assert.Equal("/export/craftsmen.csv?region=510100", csv.GetAttribute("href"));
        Assert.Matches(@"^工匠名单-\d{8}\.csv$", csv.GetAttribute("download"));
        Assert.Equal("/export/craftsmen.xlsx?region=510100", popovers.Find("[data-testid='export-xlsx']").GetAttribute("href"));
        Assert.Contains("导出全部 12.35万 行", popovers.Find("[data-testid='export-note']").TextContent);
    }

    /// <summary>Renders the menu for <see cref="s_table"/> named "竞赛" and opens it; its items render in the popover provider.</summary>
    private IRenderedComponent<MudPopoverProvider> RenderOpenMenu(ElementReference? image)
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ExportMenu>(p => p.Add(c => c.Table, () => Task.FromResult(s_table)).Add(c => c.FileName, "竞赛")
            .Add(c => c.Image, image is { } element ? () => element : null));
        cut.Find("button").Click();
        return popovers;
    }
}
