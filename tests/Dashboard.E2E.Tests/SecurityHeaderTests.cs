using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>The security headers on what the running app answers: pages, static files, endpoints and redirects; and the flags of its cookies.</summary>
public sealed partial class SecurityHeaderTests(DashboardApp dashboard, Browser browser)
{
    [Theory]
    [InlineData("/css/app.css")]
    [InlineData("/js/charts.js")]
    [InlineData("/lib/chartjs/chart.umd.min.js")]
    [InlineData("/healthz")]
    public async Task Get_StaticFileOrEndpoint_SendsTheHeadersAndAllowsNoInlineScript(string path)
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync(path);

        Assert.Equal(200, response.Status);
        var policy = AssertSecurityHeaders(response.HeadersArray);
        Assert.Equal(["'self'"], policy["script-src"]);
    }

    [Fact]
    public async Task Get_TiersAnonymously_RedirectSendsTheHeaders()
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync("/tiers");

        Assert.Equal(302, response.Status);
        AssertSecurityHeaders(response.HeadersArray);
    }

    [Fact]
    public async Task Get_SignInPage_SendsTheHeadersAndAllowsOnlyItsImportMap()
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync("/account/signin");

        Assert.Equal(200, response.Status);
        var policy = AssertSecurityHeaders(response.HeadersArray);
        Assert.Equal(["'self'", ImportMapSource(await response.TextAsync())], policy["script-src"]);
    }

    [Theory]
    [InlineData("/tiers", 200)]
    // The not-found page, rendered by re-execution: its policy names the import map it renders.
    [InlineData("/no-such-page", 404)]
    public async Task Get_PageSignedIn_SendsTheHeadersAndAllowsOnlyItsImportMap(string path, int status)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.Context.APIRequest.GetAsync(path);

        Assert.Equal(status, response.Status);
        var policy = AssertSecurityHeaders(response.HeadersArray);
        Assert.Equal(["'self'", ImportMapSource(await response.TextAsync())], policy["script-src"]);
    }

    [Fact]
    public async Task SignInAndSwitchLanguage_Cookies_AreHttpOnlyAndSameSite()
    {
        // Arrange: the signed-in session's cookies (sign-in and antiforgery), then the language switch's
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/sources");

        // Act
        await page.Locator("[data-testid='language-switch']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Data sources");
        var cookies = (await page.Context.CookiesAsync()).ToDictionary(c => c.Name);

        // Assert: over plain HTTP none is Secure; over HTTPS the cookie policy adds it (DashboardSecurityExtensionsTests).
        Assert.Equal([".AspNetCore.Culture", "dashboard.auth"], cookies.Keys.Where(name => !name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Order());
        var antiforgery = Assert.Single(cookies.Values, c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies.Values, c => Assert.True(c.HttpOnly, $"{c.Name} is not HttpOnly."));
        Assert.All(cookies.Values, c => Assert.False(c.Secure, $"{c.Name} is Secure over HTTP."));
        Assert.Equal(SameSiteAttribute.Lax, cookies["dashboard.auth"].SameSite);
        Assert.Equal(SameSiteAttribute.Lax, cookies[".AspNetCore.Culture"].SameSite);
        Assert.Equal(SameSiteAttribute.Strict, antiforgery.SameSite);
    }

    [Fact]
    public async Task ChooseDarkTheme_ThemeCookie_IsSameSiteLaxAndReadableByScriptOnly()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");

        await page.Locator("[data-testid='theme-menu'] button").ClickAsync();
        await page.Locator(".mud-menu-item").Filter(new() { HasText = "深色" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.cookie.includes('dashboard.theme=Dark')");

        // Set by js/preferences.js, so it cannot be HttpOnly; it holds only the theme's name.
        var theme = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "dashboard.theme");
        Assert.Equal(SameSiteAttribute.Lax, theme.SameSite);
        Assert.False(theme.HttpOnly);
    }

    /// <summary>Asserts the headers every response carries and returns the policy's directives.</summary>
    private static Dictionary<string, string[]> AssertSecurityHeaders(IReadOnlyList<Header> headers)
    {
        string Single(string name) => Assert.Single(headers, h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

        var policy = Single("Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'self'", "'unsafe-inline'"], policy["style-src"]);
        Assert.Equal(["'self'"], policy["connect-src"]);
        Assert.Equal(["'self'"], policy["img-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.DoesNotContain(policy.Values.SelectMany(sources => sources), source => source is "'unsafe-eval'" or "*" or "http:" or "https:");
        Assert.Equal("nosniff", Single("X-Content-Type-Options"));
        Assert.Equal("same-origin", Single("Referrer-Policy"));
        Assert.Equal("DENY", Single("X-Frame-Options"));
        return policy;
    }

    /// <summary>The source that allows the page's one inline script, its import map: the SHA-256 of the script's text.</summary>
    private static string ImportMapSource(string html)
    {
        var importMaps = ImportMapPattern().Matches(html);
        var script = Assert.Single(importMaps).Groups["json"].Value;
        Assert.Single(InlineScriptPattern().Matches(html));
        return $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";
    }

    [GeneratedRegex("<script type=\"importmap\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMapPattern();

    // Any script element without a src: only the import map may be one.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScriptPattern();
}
