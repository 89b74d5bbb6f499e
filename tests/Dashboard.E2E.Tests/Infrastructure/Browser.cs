using Dashboard.Tests.Shared;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright; Playwright's own browser download is never used. Outside CI a
/// machine without Chromium skips the browser tests; under CI=true they fail instead.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private const string MissingChromium = $"{DebianChromium.ExecutablePath} is not installed (apt-get install chromium fonts-noto-cjk; .ci/run does).";

    private readonly SemaphoreSlim _signingIn = new(1, 1);
    private readonly Dictionary<(Uri App, string UserName), string> _signedInStates = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(DebianChromium.ExecutablePath))
        {
            return;
        }
        // Playwright's expectations wait 5 s by default; CI runs the other test projects beside these on two cores,
        // where a circuit's first render can take longer. An expectation that holds returns at once.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// A fresh context (its own cookies) on a page of the given width, signed in as the demo account
    /// <paramref name="userName"/> unless <paramref name="signedIn"/> is false. The first page of an app for an account
    /// signs in through the sign-in form; later ones start from its cookies, as a real browser would.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1400, int height = 1000, bool signedIn = true, string userName = "leader")
    {
        TestEnvironment.Require(_browser is not null, MissingChromium);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            StorageState = signedIn ? await SignedInStateAsync(baseAddress, userName) : null,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            // Charts then draw without animation, so screenshots and clicks see them finished.
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The cookies of <paramref name="userName"/> signed in on the app at <paramref name="baseAddress"/>.</summary>
    public async Task<string> SignedInStateAsync(Uri baseAddress, string userName = "leader")
    {
        await _signingIn.WaitAsync();
        try
        {
            if (!_signedInStates.TryGetValue((baseAddress, userName), out var state))
            {
                var page = await NewPageAsync(baseAddress, signedIn: false);
                await page.SignInAsync(userName);
                state = await page.Context.StorageStateAsync();
                await page.Context.CloseAsync();
                _signedInStates[(baseAddress, userName)] = state;
            }
            return state;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    /// <summary>
    /// Plain HTTP requests that do not follow redirects, so a test sees exactly what the app answered; anonymous, or
    /// with the cookies of <paramref name="signedInAs"/>.
    /// </summary>
    public async Task<IAPIRequestContext> NewRequestAsync(Uri baseAddress, Dictionary<string, string>? headers = null, string? signedInAs = null)
    {
        TestEnvironment.Require(_playwright is not null, MissingChromium);
        return await _playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            MaxRedirects = 0,
            ExtraHTTPHeaders = headers,
            StorageState = signedInAs is null ? null : await SignedInStateAsync(baseAddress, signedInAs),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _signingIn.Dispose();
    }
}
