using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// Every page under the app's content security policy, as a reader uses it: charts drawn, exports saved, theme and
/// language switched. The browser reports each blocked script, style, image or connection, and any one fails the test.
/// </summary>
public sealed class ContentSecurityPolicyTests(DashboardApp dashboard, Browser browser)
{
    private static readonly string[] s_pages =
    [
        "/", "/tiers", "/competitions", "/innovation", "/sources",
        "/tiers/craftsmen?tier=city", "/tiers/honours", "/competitions/list", "/competitions/enterprises",
        "/innovation/studios", "/innovation/achievements", "/no-such-page",
    ];

    // Each list's first row links to a detail page.
    private static readonly string[] s_listsWithDetails = ["/tiers/craftsmen?tier=city", "/competitions/list", "/competitions/enterprises", "/innovation/studios"];

    [Fact]
    public async Task Open_EveryPageSignedIn_NoPolicyViolation()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = await CollectViolationsAsync(page);

        foreach (var path in s_pages)
        {
            await page.OpenAsync(path);
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart] canvas')].every(c => globalThis.Chart?.getChart(c))");
        }
        foreach (var list in s_listsWithDetails)
        {
            await page.OpenAsync(list);
            await page.OpenAsync((await page.Locator("[data-testid='list'] tbody a").First.GetAttributeAsync("href"))!);
        }
        // The account pages render statically, without a circuit.
        await page.GotoAsync("/account/password");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Open_AdminPagesAsAdmin_NoPolicyViolation()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: "admin");
        var errors = await CollectViolationsAsync(page);

        await page.OpenAsync("/admin/accounts");
        await page.OpenAsync("/admin/audit");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ExportAndSwitch_OnADashboard_NoPolicyViolation()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = await CollectViolationsAsync(page);
        await page.OpenAsync("/competitions");
        const string Chart = "[data-chart='competitions-by-year']";
        await page.WaitForFunctionAsync($"() => globalThis.Chart?.getChart(document.querySelector(\"{Chart} canvas\"))");

        // PNG from the canvas (a data: URL) and CSV from the server (a blob: URL), each saved through a link.
        foreach (var item in new[] { "export-png", "export-csv" })
        {
            await page.Locator($"{Chart} [data-testid='export-menu'] button").First.ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($".mud-popover-open [data-testid='{item}']").ClickAsync());
            Assert.Null(await download.FailureAsync());
        }
        await page.Locator("[data-testid='theme-menu'] button").ClickAsync();
        await page.Locator(".mud-menu-item").Filter(new() { HasText = "深色" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.cookie.includes('dashboard.theme=Dark')");
        await page.Locator("[data-testid='language-switch']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Competitions");
        await page.Locator("[data-interactive='true']").WaitForAsync();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Open_SignInPageAnonymously_NoPolicyViolation()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, signedIn: false);
        var errors = await CollectViolationsAsync(page);

        await page.GotoAsync("/tiers");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("[data-testid='sign-in']")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    /// <summary>
    /// Each policy violation from now on, as the page reports it and as the console logs it, and uncaught errors (a
    /// blocked eval throws). The listener is an init script, which the browser runs outside the page's policy.
    /// </summary>
    private static async Task<List<string>> CollectViolationsAsync(IPage page)
    {
        await page.AddInitScriptAsync(
            """
            document.addEventListener('securitypolicyviolation', e =>
              console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("CSP violation", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        return errors;
    }
}
