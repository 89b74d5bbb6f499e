using Dashboard.Tests.Shared;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests.Infrastructure;

internal static class PageExtensions
{
    /// <summary>Where screenshots go: artifacts/screenshots under the repository root (ignored by git, kept by CI).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    /// <summary>Opens a path and waits until the circuit is live, so clicks reach the server.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive='true']").WaitForAsync();
    }

    public static Task SaveScreenshotAsync(this IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Collects console errors and uncaught page errors from now on.</summary>
    public static List<string> CollectErrors(this IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
