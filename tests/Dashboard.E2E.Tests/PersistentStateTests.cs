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
