using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>On each dashboard a click on a bar opens a list that adds up to the value the chart shows for that bar.</summary>
public sealed partial class DrillReconciliationTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Tiers_ClickCityCraftsmenOfChengdu_ListHoldsAsManyRowsAsTheBar()
    {
        var page = await OpenAsync("/tiers");
        var shown = await ShownValueAsync(page, "tier-by-region", "市级工匠", "成都");

        await page.DrillBarAsync("tier-by-region", "市级工匠", "成都", "**/tiers/craftsmen?region=510100&tier=city");
        await Expect(page.Locator("[data-testid='row-count']")).ToHaveTextAsync($"共 {Digits(shown)} 条");
    }

    [Fact]
    public async Task Competitions_ClickEnterprisesOfChengdu_ListsThoseEnterprisesWithTheirWorkersSummed()
    {
        var page = await OpenAsync("/competitions");
        var enterprises = await ShownValueAsync(page, "competitions-by-region", "参赛企业", "成都");

        await page.DrillBarAsync("competitions-by-region", "参赛企业", "成都", "**/competitions/enterprises?region=510100");
        await Expect(page.Locator("[data-testid='row-count']")).ToHaveTextAsync($"共 {Digits(enterprises)} 条");
        await Expect(page.Locator("[data-testid='measure-total']")).ToContainTextAsync("参赛职工合计");
    }

    [Fact]
    public async Task Innovation_ClickSavingsOf2024_ListsTheAchievementsWhoseSavingsAddUpToTheBar()
    {
        var page = await OpenAsync("/innovation");
        var savings = Money().Match(await ShownValueAsync(page, "innovation-savings", "节创效益（库内记录）", "2024")).Value;

        await page.DrillBarAsync("innovation-savings", "节创效益（库内记录）", "2024", "**/innovation/achievements?from=2024&to=2024&studio-level=Provincial");
        await Expect(page.Locator("[data-testid='measure-total']")).ToHaveTextAsync($"节约创效合计 {savings}");
        await Expect(page.Locator(".mud-breadcrumb-item").Nth(1)).ToHaveTextAsync("2024年");
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);
        await page.OpenAsync(path);
        return page;
    }

    /// <summary>The value a bar shows in its tooltip and table, as the chart was handed it.</summary>
    private static async Task<string> ShownValueAsync(IPage page, string chartKey, string series, string label)
    {
        await page.WaitForFunctionAsync($"() => globalThis.Chart?.getChart(document.querySelector(\"[data-chart='{chartKey}'] canvas\"))");
        return await page.EvaluateAsync<string>(
            """
            ([key, series, label]) => {
              const chart = Chart.getChart(document.querySelector(`[data-chart='${key}'] canvas`));
              const dataset = chart.data.datasets.find(d => d.label === series);
              return dataset.display[chart.data.labels.indexOf(label)];
            }
            """, new[] { chartKey, series, label });
    }

    private static string Digits(string shown) => LeadingNumber().Match(shown).Value.Replace(",", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^[\d,]+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^[\d.,]+(万|亿)?元")]
    private static partial Regex Money();
}
