using System.Text.Json;
using Dashboard.E2E.Tests.Infrastructure;
using Dashboard.Tests.Shared;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests;

/// <summary>
/// axe-core over every kind of page, in both themes, both languages, on a desktop and a phone. Serious and
/// critical violations fail; the message names each rule, its impact and the elements it found.
/// </summary>
public sealed class AccessibilityTests(DashboardApp dashboard, Browser browser)
{
    // Installed by the web project's build (npm ci, package.json devDependencies) and injected here, so the app never serves it.
    private static readonly string s_axePath = Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web", "node_modules", "axe-core", "axe.min.js");

    private const string ListPath = "/tiers/craftsmen?tier=city";

    // Stands for the first craftsman the list links to.
    private const string DetailPage = "detail";

    // Rendered statically, so it never goes interactive.
    private const string SignInPath = "/account/signin";

    // Admin pages, scanned signed in as admin.
    private const string AccountsPath = "/admin/accounts";
    private const string AuditPath = "/admin/audit";

    // Scanned signed in as staff, who may import.
    private const string ImportPath = "/import";

    // Rendered statically, like sign-in.
    private const string ChangePasswordPath = "/account/password";

    public static TheoryData<string, string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, string, int>();
        foreach (var path in new[] { "/", "/tiers", "/competitions", "/innovation", "/sources", ListPath, DetailPage, SignInPath, ChangePasswordPath, AccountsPath, AuditPath, ImportPath })
        {
            foreach (var theme in new[] { "Light", "Dark" })
            {
                foreach (var culture in new[] { "zh-CN", "en" })
                {
                    foreach (var width in new[] { 1440, 390 })
                    {
                        cases.Add(path, theme, culture, width);
                    }
                }
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scan_Page_NoSeriousOrCriticalViolations(string path, string theme, string culture, int width)
    {
        TestEnvironment.Require(File.Exists(s_axePath), $"{s_axePath} is missing: build src/Dashboard.Web, which runs npm ci.");
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width, height: width < 600 ? 844 : 900,
            userName: path switch { AccountsPath or AuditPath => "admin", ImportPath => "staff", _ => "leader" });
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = "dashboard.theme", Value = theme, Url = dashboard.BaseAddress.ToString() },
            new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = dashboard.BaseAddress.ToString() },
        ]);

        if (path is SignInPath or ChangePasswordPath)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        else
        {
            await page.OpenAsync(path == DetailPage ? await FirstCraftsmanAsync(page) : path);
        }
        // Evaluated rather than added as a <script>: the app's content security policy blocks inline scripts, as it should.
        await page.EvaluateAsync(await File.ReadAllTextAsync(s_axePath, TestContext.Current.CancellationToken) + "\n;undefined");
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);

        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{path} ({theme}, {culture}, {width}px):\n{string.Join("\n", found)}");
    }

    private static async Task<string> FirstCraftsmanAsync(IPage page)
    {
        await page.OpenAsync(ListPath);
        var link = page.Locator("[data-testid='list'] a[href*='craftsmen/']").First;
        return (await link.GetAttributeAsync("href"))!;
    }
}
