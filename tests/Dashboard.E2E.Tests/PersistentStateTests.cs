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
    [InlineData("/", "Querying the overview.")]
    [InlineData("/tiers", "Querying the tier dashboard.")]
    [InlineData("/competitions", "Querying the competition dashboard.")]
    [InlineData("/innovation", "Querying the innovation dashboard.")]
    public async Task Open_Page_QueriesOnceAcrossPrerenderAndInteractiveRender(string path, string queryLogLine)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var before = dashboard.App.CountOutputLines(queryLogLine);

        await page.OpenAsync(path);
        await Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        // Let the interactive render finish any work it would do after the circuit is up.
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(before + 1, dashboard.App.CountOutputLines(queryLogLine));
    }
}
