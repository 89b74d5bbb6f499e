using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// Where the time goes between a navigation and the first chart drawn, in milliseconds since the navigation started: the
/// page's HTML, the scripts it loads, the circuit's negotiation and going live, Chart.js loading, then the first chart's
/// first frame, the first chart settled (its animation over) and every chart settled.
/// </summary>
internal sealed record FirstChartTiming(double Html, double Scripts, double Negotiated, double Interactive, double ChartJs,
    double FirstFrame, double FirstSettled, double AllSettled)
{
    private static readonly string[] s_columns =
        ["HTML", "blazor.web.js + MudBlazor.min.js", "circuit negotiated", "circuit live", "Chart.js loaded", "first chart's first frame", "first chart settled", "all charts settled"];

    // Resource names carry the build's fingerprint (blazor.web.abc123.js), so they are matched by pattern.
    private const string ReadTimes = """
        () => {
          const end = pattern => Math.max(0, ...performance.getEntriesByType('resource').filter(r => pattern.test(r.name)).map(r => r.responseEnd));
          const drawn = [...document.querySelectorAll('[data-chart] canvas')].map(c => c.__drawn);
          return [
            performance.getEntriesByType('navigation')[0].responseEnd,
            Math.max(end(/blazor\.web[^/]*\.js/), end(/MudBlazor\.min[^/]*\.js/)),
            end(/_blazor\/negotiate/),
            __benchmarkProbe.interactiveAt,
            end(/chart\.umd[^/]*\.js/),
            Math.min(...drawn.map(d => d.firstFrameAt)),
            Math.min(...drawn.map(d => d.settledAt)),
            Math.max(...drawn.map(d => d.settledAt)),
          ];
        }
        """;

    /// <summary>Opens <paramref name="path"/> in a new context (nothing cached: a first visit), then again in it (a return visit).</summary>
    public static async Task<(FirstChartTiming FirstVisit, FirstChartTiming ReturnVisit)> MeasureAsync(BenchmarkServer server, string path, string storageState)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "zh-CN",
        });
        await context.AddInitScriptAsync(ChartProbe.InitScript);
        try
        {
            var page = await context.NewPageAsync();
            var first = await OpenAsync(page, path);
            var again = await OpenAsync(page, path);
            return (first, again);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<FirstChartTiming> OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await ChartProbe.WaitForChartsSettledAsync(page, 0);
        var t = await page.EvaluateAsync<double[]>(ReadTimes);
        return new FirstChartTiming(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    /// <summary>A Markdown table: one row per kind of visit, the median of each column.</summary>
    public static string Table(IReadOnlyList<(string Visit, IReadOnlyList<FirstChartTiming> Runs)> visits)
    {
        var table = new StringBuilder();
        table.AppendLine("| visit | " + string.Join(" | ", s_columns) + " |");
        table.AppendLine("|---|" + string.Concat(s_columns.Select(_ => "---:|")));
        foreach (var (visit, runs) in visits)
        {
            double Median(Func<FirstChartTiming, double> column) => runs.Select(column).Order().ElementAt(runs.Count / 2);
            var cells = new[]
            {
                Median(r => r.Html), Median(r => r.Scripts), Median(r => r.Negotiated), Median(r => r.Interactive),
                Median(r => r.ChartJs), Median(r => r.FirstFrame), Median(r => r.FirstSettled), Median(r => r.AllSettled),
            };
            table.AppendLine($"| {visit} ({runs.Count} runs, median) | " + string.Join(" | ", cells.Select(c => c.ToString("0", CultureInfo.InvariantCulture) + " ms")) + " |");
        }
        return table.ToString();
    }
}
