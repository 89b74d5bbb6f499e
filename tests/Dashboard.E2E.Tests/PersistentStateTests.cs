using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// Data a page loads while prerendering reaches the interactive render without a second query. Counted in
/// the app's log, so this runs alone: another test opening the same page would add to the count.
/// </summary>
[CollectionDefinition(nameof(PersistentStateTests), DisableParallelization = true)]
[Collection(nameof(PersistentStateTests))]
public sealed class PersistentStateTests(DashboardApp dashboard, Browser browser)
{
    [Theory]
    [InlineData("/", "Querying the overview.", "/tiers", "Querying the tier dashboard.")]
    [InlineData("/tiers", "Querying the tier dashboard.", "/competitions", "Querying the competition dashboard.")]
    [InlineData("/competitions", "Querying the competition dashboard.", "/innovation", "Querying the innovation dashboard.")]
    [InlineData("/innovation", "Querying the innovation dashboard.", "/tiers", "Querying the tier dashboard.")]
    public async Task Open_Page_QueriesOnceAcrossPrerenderAndInteractiveRender(string path, string queryLogLine, string nextPath, string nextLogLine)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var before = dashboard.App.CountOutputLines(queryLogLine);
        var nextBefore = dashboard.App.CountOutputLines(nextLogLine);

        await page.OpenAsync(path);
        // The app logs in order: once the next page's query is in the output, any second query of this page would be too.
        await page.Locator($"nav a[href='{nextPath}']").ClickAsync();
        await dashboard.App.WaitForOutputLinesAsync(nextLogLine, nextBefore + 1, TimeSpan.FromSeconds(30));

        Assert.Equal(before + 1, dashboard.App.CountOutputLines(queryLogLine));
    }
}
