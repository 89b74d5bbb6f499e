using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

public sealed class DataSourcesPageTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Open_Sources_ListsEveryPublishedFigureWithQualifierAndLocator()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        var errors = page.CollectErrors();

        await page.OpenAsync("/sources");
        var savings = page.Locator("[data-testid='published-figures'] tbody tr").Filter(new() { Has = page.Locator("#I5") });

        await Expect(page.Locator("h1")).ToHaveTextAsync("数据来源");
        await Expect(page.Locator("[data-testid='published-figures'] tbody tr")).ToHaveCountAsync(48);
        await Expect(savings.Locator(".figure-value")).ToHaveTextAsync("超200亿元/年");
        await Expect(savings).ToContainTextAsync("节创经济效益超 200亿元");
        await page.SaveScreenshotAsync("sources-zh");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Click_ValueHeader_SortsByValue()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/sources");

        await page.Locator("th").Filter(new() { HasText = "数值" }).Locator(".column-header").ClickAsync();

        // Smallest first: T8 (2年) and T9 (2万元) hold the value 2; T10-style counts follow.
        await Expect(page.Locator("[data-testid='published-figures'] tbody tr").First.Locator(".figure-value")).ToHaveTextAsync("2年");
    }

    [Fact]
    public async Task PressKeys_OnValueHeader_SortsDescendingAndSaysSo()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync("/sources");
        var headers = page.Locator("[data-testid='published-figures'] th");
        var value = headers.Filter(new() { HasText = "数值" });

        // The headers are the first stops after the scroller itself.
        await page.Locator(".table-scroller").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(headers.First.Locator("button")).ToBeFocusedAsync();
        await value.Locator("button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Space");

        await Expect(value).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(page.Locator("[data-testid='published-figures'] tbody tr").First.Locator(".figure-value")).ToHaveTextAsync("不少于1万人");
    }
}
