using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class ShellTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Click_LanguageSwitch_ShowsEnglishOnTheSamePageAndRemembersIt()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/sources");

        await page.Locator("[data-testid='language-switch']").ClickAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Data sources");
        Assert.EndsWith("/sources", page.Url);
        await page.OpenAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Overview");
        await Expect(page.Locator("[data-kpi='savings'] .kpi-value")).ToHaveTextAsync("over 20 billion yuan a year");
        await page.SaveScreenshotAsync("overview-en");
    }

    [Fact]
    public async Task Choose_DarkTheme_AppliesAndSurvivesReload()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");
        var lightBackground = await BackgroundAsync();

        await page.Locator("[data-testid='theme-menu'] button").ClickAsync();
        await page.Locator(".mud-menu-item").Filter(new() { HasText = "深色" }).ClickAsync();
        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        var darkBackground = await BackgroundAsync();
        await page.ReloadAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();

        Assert.Equal(darkBackground, await BackgroundAsync());
        Assert.NotEqual(lightBackground, darkBackground);

        Task<string> BackgroundAsync()
            => page.Locator("body").EvaluateAsync<string>("body => getComputedStyle(body).backgroundColor");
    }

    [Fact]
    public async Task Open_UnknownAddress_ShowsNotFoundPageWith404()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("页面不存在");
    }
}
