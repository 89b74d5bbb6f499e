using Dashboard.Tests.Shared;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright; Playwright's own browser download is never used. Outside CI a
/// machine without Chromium skips the browser tests; under CI=true they fail instead.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private const string MissingChromium = $"{ChromiumPath} is not installed (apt-get install chromium fonts-noto-cjk; .ci/run does).";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (its own cookies) on a page of the given width.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1400, int height = 1000)
    {
        TestEnvironment.Require(_browser is not null, MissingChromium);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            // Charts then draw without animation, so screenshots and clicks see them finished.
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Plain HTTP requests that do not follow redirects, so a test sees exactly what the app answered.</summary>
    public async Task<IAPIRequestContext> NewRequestAsync(Uri baseAddress, Dictionary<string, string>? headers = null)
    {
        TestEnvironment.Require(_playwright is not null, MissingChromium);
        return await _playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            MaxRedirects = 0,
            ExtraHTTPHeaders = headers,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
