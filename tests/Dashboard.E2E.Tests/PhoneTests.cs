using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>A 390 × 844 phone: the first screen carries figures, not the filter form.</summary>
public sealed class PhoneTests(DashboardApp dashboard, Browser browser)
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task Open_OverviewOnPhone_FirstScreenShowsTitleDateAndFirstCards()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/");

        foreach (var element in new[] { page.Locator("h1"), page.Locator("[data-testid='data-as-of-phone']"), page.Locator(".kpi-card").First })
        {
            var box = await element.BoundingBoxAsync();
            Assert.True(box is { Y: >= 0 } && box.Y + box.Height <= Height, $"{element} spans {box?.Y}..{box?.Y + box?.Height}.");
        }
        await Expect(page.Locator(".filter-bar-fields")).ToBeHiddenAsync();
        await page.SaveScreenshotAsync("overview-phone", fullPage: false);
    }

    [Fact]
    public async Task Click_FiltersOnPhone_OpensTheFieldsWithTheActiveFiltersBeside()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/tiers?tier=city");

        await Expect(page.Locator(".filter-bar-toggle .active-filter")).ToHaveTextAsync("市级工匠");
        await page.Locator("[data-testid='filter-toggle']").ClickAsync();

        await Expect(page.Locator("[data-testid='filter-toggle']")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("[data-testid='filter-tier']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Click_LastPageOnPhone_ShowsTheListsLastRows()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/tiers/craftsmen");
        var total = (await page.RowCountAsync()).ToString("N0", CultureInfo.InvariantCulture);
        var lastPage = page.Locator(".mud-table-pagination-actions button[aria-label='最后一页']");

        // MudBlazor hides the first- and last-page buttons on a phone; app.css shows them, inside the screen.
        await Expect(page.Locator(".mud-table-pagination-actions button[aria-label='第一页']")).ToBeVisibleAsync();
        var box = (await lastPage.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= Width, $"The last-page button spans {box.X}..{box.X + box.Width}.");
        await lastPage.ClickAsync();

        await Expect(page.Locator(".mud-table-pagination").First).ToContainTextAsync($"–{total} 条，共 {total} 条");
    }

    [Fact]
    public async Task Open_SourcesOnPhone_FiguresStayOneScrollableTable()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/sources");

        var scroller = page.Locator(".table-scroller");
        var box = (await scroller.BoundingBoxAsync())!;
        var sideways = await scroller.EvaluateAsync<bool>("box => box.scrollWidth > box.clientWidth");

        // One box no taller than the screen, scrolled sideways to the 原文位置 column, instead of 48 stacked cards.
        Assert.True(box.Height <= Height, $"The table box is {box.Height}px tall.");
        Assert.True(sideways);
        await Expect(page.Locator("[data-testid='published-figures'] thead th").Filter(new() { HasText = "原文位置" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Open_SourceLink_MarksTheFigureBelowTheAppBar()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/sources#I5");

        var row = page.Locator("tr.figure-target");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("#I5")).ToBeVisibleAsync();
        var appBar = (await page.Locator(".mud-appbar").BoundingBoxAsync())!;
        var code = (await page.Locator("#I5").BoundingBoxAsync())!;
        Assert.True(code.Y >= appBar.Y + appBar.Height && code.Y + code.Height <= Height, $"I5 is at {code.Y}, the app bar ends at {appBar.Y + appBar.Height}.");
    }

    [Fact]
    public async Task Click_NavLinkOnPhone_FollowsItAndClosesTheDrawer()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, Width, Height);
        await page.OpenAsync("/tiers?region=510100");
        var drawer = page.Locator("aside.mud-drawer");
        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));

        await page.Locator("header button.mud-icon-button-edge-start").ClickAsync();
        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--open"));
        await page.Locator("a.mud-nav-link[href='/competitions?region=510100']").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("竞赛");
        await Expect(drawer).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await Expect(page.Locator("a.mud-nav-link[aria-current='page']")).ToHaveAttributeAsync("href", "/competitions?region=510100");
    }
}
