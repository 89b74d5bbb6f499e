using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// Data a page loads while prerendering reaches the interactive render without a second query, in a state small
/// enough for the circuit to accept. Queries are counted in the app's log, so this runs alone: another test opening
/// the same page would add to the count.
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

    // SignalR's default MaximumReceiveMessageSize, which the app keeps.
    private const int DefaultHubMessageSize = 32 * 1024;

    /// <summary>
    /// The browser hands the prerendered state back over the circuit's hub as the page goes interactive, so it must
    /// fit the hub's default message size: a page past it would stay prerendered, its circuit refused.
    /// </summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/tiers")]
    [InlineData("/competitions")]
    [InlineData("/innovation")]
    [InlineData("/sources")]
    [InlineData("/tiers/craftsmen")]
    public async Task Open_Page_PrerenderedStateFitsTheDefaultHubMessageAndThePageGoesInteractive(string path)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.GotoAsync(path);
        var prerendered = await response!.TextAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();

        var state = Regex.Match(prerendered, "Blazor-Server-Component-State:([A-Za-z0-9+/=]+)");
        Assert.True(state.Success, $"{path} carries no prerendered state.");
        TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {state.Groups[1].Length} characters of prerendered state");
        Assert.True(state.Groups[1].Length < DefaultHubMessageSize, $"{path}: {state.Groups[1].Length} characters of prerendered state");
    }
}
