using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// Lockout and the sign-in rate limit, on an app of its own: the account it locks and the attempts it spends cost
/// the rest of the suite, which signs in as every demo account, nothing.
/// </summary>
public sealed class SignInLimitsTests(Browser browser)
{
    private const int AttemptsPerMinute = 6;

    [Fact]
    public async Task SignIn_WrongPasswordRepeatedly_LocksAfterFiveThenRefusesTheAddress()
    {
        await using var app = await DashboardApp.StartAsync(
            settings: new Dictionary<string, string> { ["Dashboard__SignInAttemptsPerMinute"] = AttemptsPerMinute.ToString() });
        var page = await browser.NewPageAsync(app.BaseAddress, signedIn: false);
        await page.GotoAsync("/account/signin");

        // Five wrong passwords lock the account; the sixth attempt, still within the limit, is told so again.
        for (var attempt = 1; attempt <= AttemptsPerMinute; attempt++)
        {
            await PostWrongPasswordAsync(page);
            await Expect(page.Locator("[data-testid='sign-in-error']")).ToContainTextAsync(attempt < 5 ? "用户名或密码不正确" : "已被锁定");
        }

        // One more from the same address within the minute is refused before any password is checked.
        var refused = await page.RunAndWaitForResponseAsync(() => PostWrongPasswordAsync(page), r => r.Request.Method == "POST");
        Assert.Equal(429, refused.Status);
        Assert.Contains("登录尝试过多", await refused.TextAsync());
    }

    private static async Task PostWrongPasswordAsync(IPage page)
    {
        await page.Locator("[data-testid='user-name']").FillAsync("staff");
        await page.Locator("[data-testid='password']").FillAsync("wrong-password");
        await page.Locator("[data-testid='sign-in']").ClickAsync();
    }
}
