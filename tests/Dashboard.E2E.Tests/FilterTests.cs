using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class FilterTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Choose_RegionAndIndustry_UrlCarriesThemChartsFollowAndBackRestores()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();
        await page.OpenAsync("/tiers");
        var wholeProvince = await PyramidValuesAsync(page);

        await page.ChooseAsync("filter-regions", "绵阳");
        await page.WaitForURLAsync("**/tiers?region=510700");
        await page.ChooseAsync("filter-industries", "装备制造");
        await page.WaitForURLAsync("**/tiers?region=510700&industry=equipment-manufacturing");

        await Expect(page.Locator("[data-testid='filter-note']")).ToBeVisibleAsync();
        var filtered = await PyramidValuesAsync(page);
        Assert.True(filtered.Sum() < wholeProvince.Sum(), $"Filtered {filtered.Sum()} of {wholeProvince.Sum()}.");

        await page.GoBackAsync();
        await page.WaitForURLAsync("**/tiers?region=510700");
        await page.GoBackAsync();
        await page.WaitForURLAsync("**/tiers");
        await Expect(page.Locator("[data-testid='filter-note']")).ToHaveCountAsync(0);
        Assert.Equal(wholeProvince, await PyramidValuesAsync(page));
        await page.SaveScreenshotAsync("tiers-filtered");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ChooseByKeyboard_ClosedFieldIsMarkup_OpensOnEnterAndKeepsFocus()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();
        await page.OpenAsync("/tiers");

        // The field is MudSelect's markup until opened: Enter makes the real select, open, with focus on its field.
        await page.Locator("input[data-testid='filter-tier']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(5);
        await Expect(page.Locator("input[data-testid='filter-tier']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/tiers?tier=national");
        await Expect(page.Locator("input[data-testid='filter-tier']")).ToHaveValueAsync("大国工匠");
        await Expect(page.Locator("input[data-testid='filter-tier']")).ToBeFocusedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Open_BadFilterLink_ShowsTheNoticeNotAnErrorPage()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.GotoAsync("/competitions?from=3000&region=garbage&level=olympic");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("[data-testid='filter-dropped']")).ToContainTextAsync("from=3000、region=garbage、level=olympic");
    }

    /// <summary>The numbers the pyramid's canvas holds, read from Chart.js once it has drawn them.</summary>
    private static async Task<double[]> PyramidValuesAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => globalThis.Chart?.getChart(document.querySelector(\"[data-chart='tier-pyramid'] canvas\"))");
        return await page.EvaluateAsync<double[]>(
            "() => Chart.getChart(document.querySelector(\"[data-chart='tier-pyramid'] canvas\")).data.datasets.at(-1).data");
    }
}
