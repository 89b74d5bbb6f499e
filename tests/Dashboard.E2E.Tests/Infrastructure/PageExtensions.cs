using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests.Infrastructure;

internal static class PageExtensions
{
    /// <summary>Where screenshots go: artifacts/screenshots under the repository root (ignored by git, kept by CI).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    /// <summary>Opens a path and waits until the circuit is live and the page has settled (charts loaded), as it has by a reader's first click.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Picks <paramref name="item"/> (export-csv, export-xlsx, export-png) from the export menu within <paramref name="scope"/> and reads the file.</summary>
    public static async Task<byte[]> DownloadAsync(this IPage page, string scope, string item)
    {
        await page.Locator($"{scope} [data-testid='export-menu'] button").First.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($".mud-popover-open [data-testid='{item}']").ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>A screenshot from the top of the page: all of it, or what the window shows.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Collects console errors and uncaught page errors from now on.</summary>
    public static List<string> CollectErrors(this IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    /// <summary>
    /// Picks an option of a MudBlazor select by its visible text, as a reader does, and checks the select shows it.
    /// Callers choose once the page is live (<see cref="OpenAsync"/> waits for that), so one try is enough.
    /// </summary>
    /// <summary>The list's "共 N 条" once it has counted: the count is blank until then.</summary>
    public static async Task<long> RowCountAsync(this IPage page)
    {
        var count = page.Locator("[data-testid='row-count']");
        await Expect(count).ToHaveTextAsync(new Regex(@"\d"));
        return long.Parse(Regex.Replace(await count.InnerTextAsync(), @"\D", ""), CultureInfo.InvariantCulture);
    }

    public static async Task ChooseAsync(this IPage page, string selectTestId, string option)
    {
        var input = page.Locator($"input[data-testid='{selectTestId}']");
        await input.Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(input).ToHaveValueAsync(new Regex(Regex.Escape(option)));
    }

    /// <summary>
    /// Clicks the middle of the bar Chart.js drew for a series and label, and waits for the list it opens at
    /// <paramref name="listUrl"/>. A chart still taking a filter's numbers may redraw between the measure and the click,
    /// so the click then lands beside the bar: while the page stays where it was, the bar is measured and clicked again,
    /// up to three times. Once the address has changed it is not clicked again, even mid-way through measuring: on a busy
    /// machine the list can take longer to arrive than a click takes to miss, and a second click would wait for a chart
    /// the list does not have.
    /// </summary>
    public static async Task DrillBarAsync(this IPage page, string chartKey, string seriesLabel, string label, string listUrl)
    {
        var dashboardUrl = page.Url;
        for (var attempt = 1; await ClickBarAsync(page, chartKey, seriesLabel, label, dashboardUrl); attempt++)
        {
            try
            {
                await page.WaitForURLAsync(url => url != dashboardUrl, new() { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        await page.WaitForURLAsync(listUrl);
    }

    /// <returns>False, having clicked nothing, once the page has left <paramref name="dashboardUrl"/>.</returns>
    private static async Task<bool> ClickBarAsync(IPage page, string chartKey, string seriesLabel, string label, string dashboardUrl)
    {
        string[] arguments = [chartKey, seriesLabel, label, dashboardUrl];
        await page.WaitForFunctionAsync(
            "([key, , , url]) => location.href !== url || globalThis.Chart?.getChart(document.querySelector(`[data-chart='${key}'] canvas`))",
            arguments);
        var bar = await page.EvaluateAsync<float[]?>(
            """
            ([key, series, label, url]) => {
              if (location.href !== url) return null;
              const chart = Chart.getChart(document.querySelector(`[data-chart='${key}'] canvas`));
              const dataset = chart.data.datasets.findIndex(d => d.label === series);
              const point = chart.getDatasetMeta(dataset).data[chart.data.labels.indexOf(label)].getCenterPoint();
              return [point.x, point.y];
            }
            """, arguments);
        if (bar is null)
        {
            return false;
        }
        // On the canvas at the bar's own point: Playwright scrolls it into view and clicks once it has stopped moving and
        // is the element the click reaches, where a click at page coordinates measured first could land on whatever had
        // moved there since (another bar, a link) and leave the page.
        try
        {
            await page.Locator($"[data-chart='{chartKey}'] canvas").ClickAsync(new() { Position = new() { X = bar[0], Y = bar[1] } });
        }
        catch (TimeoutException) when (page.Url != dashboardUrl)
        {
            return false;
        }
        return true;
    }
}
