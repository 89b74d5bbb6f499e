using Microsoft.Playwright;

namespace Dashboard.Tests.Shared.Web;

/// <summary>Signing in as the demo accounts a Development start creates (leader, staff, admin, chengdu).</summary>
public static class DemoSignIn
{
    public const string DemoPassword = "Sichuan-Demo-2025";

    /// <summary>Signs in through the sign-in form, as a person does, and waits until the app has sent the browser on.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = DemoPassword, string path = "/account/signin")
    {
        await page.GotoAsync(path);
        await page.Locator("[data-testid='user-name']").FillAsync(userName);
        await page.Locator("[data-testid='password']").FillAsync(password);
        await page.Locator("[data-testid='sign-in']").ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal));
    }
}
