using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>Sign-in as a person meets it: anonymous readers see the sign-in page and no data, and a session survives a restart.</summary>
public sealed class AccountTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Open_TiersAnonymously_ShowsTheSignInPageAndNoData()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, signedIn: false);

        await page.GotoAsync("/tiers");

        await Expect(page).ToHaveURLAsync(new Regex("/account/signin\\?returnUrl=%2Ftiers$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Expect(page.Locator("[data-testid='demo-accounts']")).ToContainTextAsync("chengdu");
        await Expect(page.Locator("[data-chart]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_AsLeaderFromTiers_ReturnsToTiers()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, signedIn: false);
        await page.GotoAsync("/tiers");

        await page.SignInAsync("leader", path: page.Url);

        await Expect(page).ToHaveURLAsync(new Regex("/tiers$"));
        await Expect(page.Locator("[data-testid='account-name']")).ToHaveTextAsync("leader");
    }

    [Fact]
    public async Task Get_CraftsmenListAnonymously_ContainsNoCraftsmanNames()
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync("/tiers/craftsmen");
        var body = await response.TextAsync();

        Assert.Equal(302, response.Status);
        Assert.StartsWith("/account/signin", new Uri(dashboard.BaseAddress, response.Headers["location"]).PathAndQuery);
        Assert.DoesNotContain("示例", body);
        Assert.DoesNotContain("孔建伟", body);
    }

    [Fact]
    public async Task Open_PageAfterSecondServerStartsOnTheSameDatabase_StaysSignedIn()
    {
        // Arrange: a browser signed in on one server
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/sources");

        // Act: a second server, a fresh process on the same database, answers the same cookies
        await using var second = await DashboardApp.StartAsync(dataFolder: dashboard.App.DataFolder);
        var cookies = await page.Context.CookiesAsync();
        var onSecond = await browser.NewPageAsync(second.BaseAddress, signedIn: false);
        await onSecond.Context.AddCookiesAsync(cookies.Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = second.BaseAddress.ToString() }));
        await onSecond.OpenAsync("/sources");

        // Assert
        await Expect(onSecond).ToHaveURLAsync(new Regex("/sources$"));
        await Expect(onSecond.Locator("[data-testid='account-name']")).ToHaveTextAsync("leader");
    }
}
