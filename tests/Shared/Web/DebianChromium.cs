using Microsoft.Playwright;

namespace Dashboard.Tests.Shared.Web;

/// <summary>Debian's Chromium driven by Playwright; Playwright's own browser download is never used.</summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
}
