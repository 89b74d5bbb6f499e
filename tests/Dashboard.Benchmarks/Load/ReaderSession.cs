using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>One reader in a browser context of their own, moving between the chart dashboards and changing the year filter.</summary>
internal sealed class ReaderSession(IBrowserContext context, IPage page, Random random, int dashboard)
{
    private static readonly string[] s_dashboards = ["/tiers", "/competitions", "/innovation"];

    // "全部" is the select's "all years" item; the others narrow the dashboards to recent years.
    private static readonly string[] s_fromYears = ["全部", "2019", "2021", "2023"];

    private int _dashboard = dashboard;
    private int _fromYear;

    /// <summary>Opens a dashboard signed in with <paramref name="storageState"/> and waits until its charts have settled.</summary>
    public static async Task<ReaderSession> OpenAsync(IBrowser browser, Uri app, string storageState, int index)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ToString(),
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "zh-CN",
            // Each update would otherwise animate for a second at 60 frames a second in every chart: with a hundred pages on
            // two cores that animation, not the server, would set the latency. Charts then draw the new numbers once.
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Twice Playwright's 30 s: on two cores shared with a hundred pages, a page can wait that long for the processor.
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(ChartProbe.InitScript);
        var page = await context.NewPageAsync();
        var dashboard = index % s_dashboards.Length;
        await page.GotoAsync(s_dashboards[dashboard]);
        await ChartProbe.WaitForChartsSettledAsync(page, 0);
        return new ReaderSession(context, page, new Random(index), dashboard);
    }

    /// <summary>
    /// Alternates a move to another dashboard (the menu keeps the filter) and another "from" year, pausing about
    /// <paramref name="thinkTime"/> (half to one and a half times) before each, as a reader looks at what they got.
    /// </summary>
    public async Task<List<ChartTimes>> RunAsync(int actions, TimeSpan thinkTime, List<string> failures)
    {
        var timings = new List<ChartTimes>();
        for (var i = 0; i < actions; i++)
        {
            await Task.Delay(thinkTime * (0.5 + random.NextDouble()));
            try
            {
                timings.Add(await ChartProbe.TimeFromClickAsync(page, i % 2 == 0 ? MoveToNextDashboardAsync : ChooseNextFromYearAsync));
            }
            catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
            {
                lock (failures)
                {
                    failures.Add($"{page.Url}: {ex.Message}");
                }
            }
        }
        return timings;
    }

    private async Task MoveToNextDashboardAsync()
    {
        _dashboard = (_dashboard + 1 + random.Next(s_dashboards.Length - 1)) % s_dashboards.Length;
        var path = s_dashboards[_dashboard];
        await page.Locator($"a.mud-nav-link[href='{path}'], a.mud-nav-link[href^='{path}?']").ClickAsync();
    }

    private async Task ChooseNextFromYearAsync()
    {
        _fromYear = (_fromYear + 1 + random.Next(s_fromYears.Length - 1)) % s_fromYears.Length;
        await page.Locator("[data-testid='filter-from']").First.Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = s_fromYears[_fromYear] }).First.ClickAsync();
    }

    public Task CloseAsync() => context.CloseAsync();
}
