using System.Text.Json;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests;

/// <summary>What a leader reads off the charts at first sight: small tiers beside large ones, every 市州, both themes.</summary>
public sealed class ChartReadabilityTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task Open_Tiers_PyramidOnALogScaleShowsTheSmallestTiers()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 1440);
        await page.OpenAsync("/tiers");
        await WaitForChartsAsync(page);

        var pyramid = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const chart = Chart.getChart(document.querySelector("[data-chart='tier-pyramid'] canvas"));
              return { type: chart.scales.x.type, ticks: chart.scales.x.ticks.map(t => t.label), widths: chart.getDatasetMeta(0).data.map(b => b.width) };
            }
            """);

        Assert.Equal("logarithmic", pyramid.GetProperty("type").GetString());
        Assert.Equal(["1", "10", "100", "1000", "1万"], pyramid.GetProperty("ticks").EnumerateArray().Select(t => t.GetString()));
        // 5 大国工匠 and 9 培育对象 are bars a reader sees, not slivers beside 4969.
        Assert.All(pyramid.GetProperty("widths").EnumerateArray().Take(2).Select(w => w.GetDouble()),
            width => Assert.True(width > 80, $"A bar is {width}px wide."));
    }

    [Theory]
    [InlineData("/tiers", "tier-by-region", 21)]
    [InlineData("/tiers", "tier-region-shares", 21)]
    [InlineData("/tiers", "tier-by-industry", 12)]
    [InlineData("/competitions", "competitions-by-year", 5)]
    public async Task Open_DashboardAt1440_EveryCategoryIsLabelledByItsName(string path, string chartKey, int labels)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 1440);
        await page.OpenAsync(path);
        await WaitForChartsAsync(page);

        var drawn = await page.EvaluateAsync<JsonElement>(
            """
            key => {
              const chart = Chart.getChart(document.querySelector(`[data-chart='${key}'] canvas`));
              const axis = chart.options.indexAxis === 'y' ? chart.scales.y : chart.scales.x;
              return { names: chart.data.labels, shown: axis.ticks.map(t => [t.label].flat().join('')) };
            }
            """, chartKey);

        var names = drawn.GetProperty("names").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Equal(labels, names.Count);
        Assert.Equal(names, drawn.GetProperty("shown").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Choose_DarkTheme_ChartsRedrawInTheDarkAxisAndTargetColours()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 1440);
        await page.OpenAsync("/tiers");
        await WaitForChartsAsync(page);
        var light = await PlanColoursAsync(page);

        await page.Locator("[data-testid='theme-menu'] button").ClickAsync();
        await page.Locator(".mud-menu-item").Filter(new() { HasText = "深色" }).ClickAsync();
        await page.WaitForFunctionAsync(
            "() => Chart.getChart(document.querySelector(\"[data-chart='tier-plan'] canvas\")).options.scales.x.ticks.color === '#e0e0e0'");
        var dark = await PlanColoursAsync(page);

        Assert.Equal(["#424242", "#e0e0e0", "#212121"], light);
        // On the dark card (#373740): text 8.9:1, grid 3.5:1, target 11.8:1.
        Assert.Equal(["#e0e0e0", "#8c8c96", "#ffffff"], dark);
    }

    [Fact]
    public async Task Open_SystemThemeAsTheSystemTurnsDark_ChartsRedrawInTheDarkColours()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 1440);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.OpenAsync("/tiers");
        await WaitForChartsAsync(page);
        var light = await PlanColoursAsync(page);

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.WaitForFunctionAsync(
            "() => Chart.getChart(document.querySelector(\"[data-chart='tier-plan'] canvas\")).options.scales.x.ticks.color === '#e0e0e0'");

        Assert.Equal(["#424242", "#e0e0e0", "#212121"], light);
        Assert.Equal(["#e0e0e0", "#8c8c96", "#ffffff"], await PlanColoursAsync(page));
    }

    [Fact]
    public async Task Open_PhoneWidth_LongHonourNamesGoOnMoreLinesInFullWithinTheirAxis()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, width: 390, height: 844);
        await page.OpenAsync("/tiers");
        await WaitForChartsAsync(page);

        var drawn = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const chart = Chart.getChart(document.querySelector("[data-chart='tier-honours'] canvas"));
              const scale = chart.scales.y;
              const lines = scale.ticks.map(t => [t.label].flat());
              chart.ctx.save();
              chart.ctx.font = Chart.helpers.toFont(scale.options.ticks.font).string;
              const widest = Math.max(...lines.flat().map(line => chart.ctx.measureText(line).width));
              chart.ctx.restore();
              return { names: chart.data.labels, shown: lines.map(l => l.join('')), mostLines: Math.max(...lines.map(l => l.length)), widest, axis: scale.width };
            }
            """);

        Assert.Equal(drawn.GetProperty("names").EnumerateArray().Select(n => n.GetString()), drawn.GetProperty("shown").EnumerateArray().Select(n => n.GetString()));
        Assert.True(drawn.GetProperty("mostLines").GetInt32() > 1);
        Assert.True(drawn.GetProperty("widest").GetDouble() <= drawn.GetProperty("axis").GetDouble(), drawn.ToString());
    }

    private static Task WaitForChartsAsync(IPage page)
        => page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart] canvas')].every(c => globalThis.Chart?.getChart(c))");

    // Axis text, grid and the 100% target line of the plan chart, as Chart.js holds them.
    private static Task<string[]> PlanColoursAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
          const chart = Chart.getChart(document.querySelector("[data-chart='tier-plan'] canvas"));
          return [chart.options.scales.x.ticks.color, chart.options.scales.y.grid.color, chart.data.datasets.at(-1).borderColor];
        }
        """);
}
