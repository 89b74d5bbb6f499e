using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
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
        var lightBackground = await BackgroundAsync(page);

        await page.Locator("[data-testid='theme-menu'] button").ClickAsync();
        await page.Locator(".mud-menu-item").Filter(new() { HasText = "深色" }).ClickAsync();
        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", lightBackground);
        var darkBackground = await BackgroundAsync(page);
        await page.ReloadAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();

        Assert.Equal(darkBackground, await BackgroundAsync(page));
        Assert.NotEqual(lightBackground, darkBackground);

    }

    [Fact]
    public async Task Open_SystemThemeOnADarkSystem_DarkBeforeTheCircuitStartsAndFollowsTheSystem()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        // Blazor's script held back: the page as the server first sends it, before any call from the browser.
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.GotoAsync("/");
        var prerendered = await BackgroundAsync(page);
        await page.UnrouteAsync("**/_framework/blazor.web*.js");
        await page.OpenAsync("/");
        var interactive = await BackgroundAsync(page);

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

        Assert.Equal("rgb(50, 51, 61)", prerendered);
        Assert.Equal(prerendered, interactive);
        Assert.Equal("rgb(255, 255, 255)", await BackgroundAsync(page));
        await Expect(page.Locator("[data-theme='system']")).ToHaveCountAsync(1);
    }

    // The menu is made when first pressed (until then it is its markup only), so its first opening from a key is
    // checked apart: focus on the first item, the arrow keys counting from it, Enter choosing, as the menu's own button.
    [Fact]
    public async Task Keyboard_ThemeMenuFirstOpened_ArrowsAndEnterChooseDark()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");
        var button = page.Locator("[data-testid='theme-menu'] button");
        var items = page.Locator(".mud-popover-open .mud-menu-item");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(items.First).ToBeFocusedAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(items.Filter(new() { HasText = "深色" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-theme='dark']")).ToHaveCountAsync(1);
        await Expect(items).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Click_ThemeMenuFirstOpened_FocusStaysOnItsButtonAndEscapeCloses()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");
        var button = page.Locator("[data-testid='theme-menu'] button");

        await button.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-menu-item")).ToHaveCountAsync(3);
        await Expect(button).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await Expect(page.Locator(".mud-popover-open .mud-menu-item").First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Click_MenuButtonOnWideScreen_ClosesAndReopensTheDrawer()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 1440, height: 900);
        await page.OpenAsync("/tiers");
        var drawer = page.Locator("aside.mud-drawer");
        var toggle = page.Locator("header button.mud-icon-button-edge-start");

        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--open"));
        await Expect(page.Locator("a.mud-nav-link[aria-current='page']")).ToHaveAttributeAsync("href", "/tiers");
        await toggle.ClickAsync();
        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await toggle.ClickAsync();

        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--open"));
    }

    [Theory]
    [InlineData("reduce", false)]
    [InlineData("no-preference", true)]
    public async Task Click_FilterSelect_MovesOnlyForReadersWhoDoNotAskForLessMotion(string reducedMotion, bool moves)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.EmulateMediaAsync(new() { ReducedMotion = reducedMotion == "reduce" ? ReducedMotion.Reduce : ReducedMotion.NoPreference });
        await page.OpenAsync("/tiers");
        // The longest duration of each transition and animation as it starts (MudBlazor's ripple, the select's border
        // colour, the list's fade): read from the styles, not timed, so a busy machine cannot change the answer.
        await page.EvaluateAsync("""
            () => {
              const longest = list => Math.max(...list.split(',').map(d => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
              globalThis.motionMs = [];
              const note = e => {
                const style = getComputedStyle(e.target, e.pseudoElement || null);
                motionMs.push(longest(e.type === 'transitionrun' ? style.transitionDuration : style.animationDuration));
              };
              addEventListener('transitionrun', note, true);
              addEventListener('animationstart', note, true);
            }
            """);

        await page.Locator("[data-testid='filter-from']").First.Locator("xpath=ancestor-or-self::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync();
        var motionMs = await page.EvaluateAsync<double[]>("() => motionMs");

        Assert.NotEmpty(motionMs);
        Assert.Equal(moves, motionMs.Max() >= 100);
        Assert.True(moves || motionMs.Max() < 1, string.Join(", ", motionMs));
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Open_ReducedMotion_LoadingBarStillMoves()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/tiers");

        // A page's loading bar (MudProgressLinear, indeterminate) as MudBlazor writes it, under the app's styles; it shows
        // only while a page waits for its data, too briefly to catch.
        var longestMs = await page.EvaluateAsync<double>("""
            () => {
              const bar = document.createElement('div');
              bar.className = 'mud-progress-linear mud-progress-indeterminate mud-progress-linear-small mud-progress-linear-color-primary horizontal';
              bar.innerHTML = '<div class="mud-progress-linear-bars"><div class="mud-progress-linear-bar"></div><div class="mud-progress-linear-bar"></div></div>';
              document.querySelector('main').prepend(bar);
              return Math.max(0, ...bar.getAnimations({ subtree: true }).map(a => a.effect.getComputedTiming().duration));
            }
            """);

        Assert.True(longestMs >= 1000, $"The loading bar's animation lasts {longestMs} ms.");
    }

    [Theory]
    [InlineData("/no-such-page", "h1", "页面不存在")]
    [InlineData("/craftsmen/999999", "[data-testid='not-found']", "999999")]
    public async Task Open_UnknownAddressOrRecord_ShowsItsNoticeWith404(string path, string notice, string text)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.GotoAsync(path);

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator(notice)).ToContainTextAsync(text);
    }

    [Fact]
    public async Task Open_AnyPage_CarriesTheHiddenErrorBarInTheReadersLanguage()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");

        var errorBar = page.Locator("#blazor-error-ui");
        await Expect(errorBar).ToBeHiddenAsync();
        await Expect(errorBar).ToContainTextAsync("页面出错，连接已中断。");
        await Expect(errorBar.Locator("a.reload")).ToHaveTextAsync("重新加载");

        await page.OpenAsync("/culture/set?culture=en&redirectUri=%2F");
        await Expect(errorBar).ToContainTextAsync("Something went wrong and the connection was lost.");
        await Expect(errorBar.Locator("a.reload")).ToHaveTextAsync("Reload");
        await Expect(errorBar).ToBeHiddenAsync();
    }

    public static TheoryData<string> CraftedReturnAddresses => new()
    {
        "/%5Cevil.com",
        "//evil",
        "/%09/evil",
        "http://x",
        "%00",
        "/a%0d%0aSet-Cookie:x=1",
        "/" + new string('a', 5000),
        "/%E9%A1%B5",
    };

    [Theory]
    [MemberData(nameof(CraftedReturnAddresses))]
    public async Task Get_SetCultureWithCraftedReturnAddress_RedirectsToTheOverview(string redirectUri)
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync($"/culture/set?culture=en&redirectUri={redirectUri}");

        Assert.Equal(302, response.Status);
        Assert.Equal("/", response.Headers["location"]);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site", false)]
    [InlineData("Origin", "https://evil.example", false)]
    [InlineData("Sec-Fetch-Site", "same-origin", true)]
    public async Task Get_SetCulture_ChangesTheLanguageOnlyForTheAppsOwnLink(string header, string value, bool changes)
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress, new() { [header] = value });

        var response = await http.GetAsync("/culture/set?culture=en&redirectUri=%2Fsources");

        Assert.Equal(302, response.Status);
        Assert.Equal("/sources", response.Headers["location"]);
        Assert.Equal(changes, response.HeadersArray.Any(h => h.Name.Equals("set-cookie", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Get_Healthz_Healthy()
    {
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress);

        var response = await http.GetAsync("/healthz");

        Assert.Equal(200, response.Status);
        Assert.Equal("Healthy", await response.TextAsync());
    }

    private static Task<string> BackgroundAsync(IPage page)
        => page.Locator("body").EvaluateAsync<string>("body => getComputedStyle(body).backgroundColor");
}
