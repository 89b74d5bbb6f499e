using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class OverviewPageTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Open_Overview_ShowsPublishedKpisInChineseWithoutConsoleErrors()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();

        await page.OpenAsync("/");

        await Expect(page.Locator("h1")).ToHaveTextAsync("总览");
        await Expect(page.Locator("[data-kpi='tier-provincial'] .kpi-value")).ToHaveTextAsync("380人");
        await Expect(page.Locator("[data-kpi='savings'] .kpi-value")).ToHaveTextAsync("超200亿元/年");
        await Expect(page.Locator("[data-kpi='tier-provincial'] .kpi-title")).ToHaveTextAsync("四川工匠");
        // The published figures' month, or the time of an import another test of this app made first.
        await Expect(page.Locator("[data-testid='data-as-of']")).ToHaveTextAsync(new Regex(@"^数据截至 (2025年5月|\d{4}-\d{2}-\d{2} \d{2}:\d{2})$"));
        await Expect(page.Locator("[data-kpi='competitions'] .sample-badge").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("overview-zh");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Hover_KpiValue_ShowsItsPublishedSource()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");

        await page.Locator("[data-kpi='tier-national'] .kpi-value").HoverAsync();

        await Expect(page.Locator(".mud-tooltip").Filter(new() { HasText = "累计推荐选树大国工匠" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Focus_KpiValue_ShowsItsPublishedSourceAndKeepsFocus()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/");
        var value = page.Locator("[data-kpi='tier-national'] .kpi-value");

        // The tooltip is made on this first focus: the value is drawn again inside it and must keep the focus.
        await value.FocusAsync();

        await Expect(page.Locator(".mud-tooltip").Filter(new() { HasText = "累计推荐选树大国工匠" })).ToBeVisibleAsync();
        await Expect(value).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Open_PhoneWidth_CardsStackInOneColumn()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 390, height: 844);
        await page.OpenAsync("/");

        var first = await page.Locator("[data-kpi='tier-national']").BoundingBoxAsync();
        var second = await page.Locator("[data-kpi='tier-national-candidate']").BoundingBoxAsync();

        Assert.True(second!.Y > first!.Y + first.Height - 1, "On a phone the second card sits below the first.");
        Assert.True(first.Width > 300);
        await page.SaveScreenshotAsync("overview-phone");
    }
}
