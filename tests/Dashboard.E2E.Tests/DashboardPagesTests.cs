using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class DashboardPagesTests(DashboardApp dashboard, Browser browser)
{
    [Theory]
    // The last bar of the first series: 市级工匠; national competitions of 2024; savings of 2024.
    [InlineData("/tiers", "tiers", 7, "tier-pyramid", "**/tiers/craftsmen?tier=city")]
    [InlineData("/competitions", "competitions", 5, "competitions-by-year", "**/competitions/list?from=2024&to=2024&level=National")]
    [InlineData("/innovation", "innovation", 6, "innovation-savings", "**/innovation/achievements?from=2024&to=2024&studio-level=Provincial")]
    public async Task Open_Dashboard_DrawsEveryChartAndAClickOnABarDrillsDown(string path, string name, int charts, string clickedChart, string drilledUrl)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();

        await page.OpenAsync(path);
        await Expect(page.Locator("[data-chart] canvas")).ToHaveCountAsync(charts);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart] canvas')].every(c => globalThis.Chart?.getChart(c))");

        foreach (var canvas in await page.Locator("[data-chart] canvas").AllAsync())
        {
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 100 }, $"A chart canvas is {box?.Width}×{box?.Height}.");
        }

        // A full-page screenshot lays the page out again, so it comes before the click point is measured; so does the
        // published figures table, the last part of the page to arrive once the circuit has started.
        await page.SaveScreenshotAsync($"dashboard-{name}");
        await Expect(page.Locator("[data-testid='published-figures']")).ToBeVisibleAsync();

        // Click the middle of the last bar of the first series, where Chart.js drew it: on the canvas itself, which
        // Playwright first checks is in place, not moving, and the element the click reaches.
        var bar = await page.EvaluateAsync<float[]>(
            """
            key => {
              const point = Chart.getChart(document.querySelector(`[data-chart='${key}'] canvas`)).getDatasetMeta(0).data.at(-1).getCenterPoint();
              return [point.x, point.y];
            }
            """, clickedChart);
        await page.Locator($"[data-chart='{clickedChart}'] canvas").ClickAsync(new() { Position = new() { X = bar[0], Y = bar[1] } });

        await page.WaitForURLAsync(drilledUrl);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Open_Dashboard_ChartScriptsArePreloadedAtTheAddressesTheChartsImport()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        await page.OpenAsync("/tiers");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart] canvas')].every(c => globalThis.Chart?.getChart(c))");

        // Fetched once each, at the preloaded address: an import that resolved elsewhere would fetch a second copy.
        var preloaded = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('link[rel=modulepreload]')].map(l => l.href)");
        var fetched = await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').map(r => r.name).filter(n => /\\/js\\/charts\\.|\\/lib\\/chartjs\\//.test(n))");
        Assert.Equal(2, preloaded.Length);
        Assert.Equal(preloaded.Order(), fetched.Order());
    }

    [Fact]
    public async Task Open_TiersAtPhoneWidth_ChartsStackAndFitTheScreen()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 390, height: 844);
        await page.OpenAsync("/tiers");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart] canvas')].every(c => globalThis.Chart?.getChart(c))");

        var boxes = new List<Microsoft.Playwright.LocatorBoundingBoxResult>();
        foreach (var panel in await page.Locator("[data-chart]").AllAsync())
        {
            boxes.Add((await panel.BoundingBoxAsync())!);
        }

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.X + b.Width <= 390, $"A panel spans {b.X}..{b.X + b.Width}."));
        Assert.True(boxes.Zip(boxes.Skip(1)).All(pair => pair.Second.Y >= pair.First.Y + pair.First.Height - 1), "Panels sit one below another.");
        await page.SaveScreenshotAsync("dashboard-tiers-phone");
    }

    [Fact]
    public async Task ToggleTable_InTheBrowser_ShowsTheTableAndAReloadKeepsIt()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/tiers");
        var batches = page.Locator("[data-chart='tier-batches']");

        await batches.Locator(".chart-table-toggle input").ClickAsync();

        await Expect(batches.Locator(".chart-table")).ToBeVisibleAsync();
        await page.WaitForURLAsync("**/tiers?table=tier-batches");
        await page.ReloadAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await Expect(batches.Locator(".chart-table")).ToBeVisibleAsync();
        await Expect(batches.Locator("canvas")).ToHaveCountAsync(0);
    }
}
