using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>Times, read in the page, of a chart's first frame and of it having settled (its animation finished).</summary>
internal sealed record ChartTimes(double FirstFrameMs, double SettledMs);

/// <summary>
/// A script every benchmark page runs before the app's own, and the waits that read it. Times are the page's
/// performance.now(): milliseconds since the navigation started.
/// </summary>
internal static class ChartProbe
{
    /// <summary>
    /// Chart.js's UMD build assigns globalThis.Chart when charts.js first loads it; the setter registers a plugin that stamps
    /// each canvas with when its chart was last given data (create or update), first drew it, and finished animating it.
    /// A click anywhere (capture phase, before the app's handlers) and the circuit going live are stamped too.
    /// </summary>
    public const string InitScript = """
        (() => {
          const probe = globalThis.__benchmarkProbe = { clickedAt: 0, interactiveAt: null };
          addEventListener('click', () => { probe.clickedAt = performance.now(); }, true);
          new MutationObserver((_, observer) => {
            if (document.querySelector("[data-interactive='true']")) {
              probe.interactiveAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-interactive'] });
          let chartJs;
          Object.defineProperty(globalThis, 'Chart', {
            configurable: true,
            get: () => chartJs,
            set(value) {
              chartJs = value;
              value.register({
                id: 'benchmarkProbe',
                beforeUpdate: chart => { chart.canvas.__drawn = { updatedAt: performance.now() }; },
                // afterDraw follows every frame; afterRender only the last, once the chart's animations are over.
                afterDraw: chart => { chart.canvas.__drawn.firstFrameAt ??= performance.now(); },
                afterRender: chart => { chart.canvas.__drawn.settledAt ??= performance.now(); },
              });
            },
          });
        })();
        """;

    // Every chart on the page was given data after `since` and has settled; returns the latest first frame and settle.
    private const string ChartsSettledSince = """
        since => {
          const drawn = [...document.querySelectorAll('[data-chart] canvas')].map(c => c.__drawn);
          if (drawn.length === 0 || !drawn.every(d => d?.updatedAt > since && d.settledAt)) return null;
          return [Math.max(...drawn.map(d => d.firstFrameAt)), Math.max(...drawn.map(d => d.settledAt))];
        }
        """;

    // The times come from the page's stamps, not from when the poll saw them, so a slow poll costs no accuracy; a fast one
    // in a hundred pages would take the processor the pages need.
    private static readonly PageWaitForFunctionOptions s_polling = new() { PollingInterval = 250, Timeout = 60_000 };

    /// <summary>Waits until every chart on the page has drawn data given after <paramref name="sinceMs"/>, and settled.</summary>
    public static async Task<ChartTimes> WaitForChartsSettledAsync(IPage page, double sinceMs)
    {
        var times = await (await page.WaitForFunctionAsync(ChartsSettledSince, sinceMs, s_polling)).JsonValueAsync<double[]>();
        return new ChartTimes(times[0], times[1]);
    }

    /// <summary>
    /// Runs <paramref name="interaction"/> (a click, or a choice that ends in one) and waits until the charts show its result;
    /// the times are counted from the last click the page saw.
    /// </summary>
    public static async Task<ChartTimes> TimeFromClickAsync(IPage page, Func<Task> interaction)
    {
        await interaction();
        var clickedAt = await page.EvaluateAsync<double>("() => __benchmarkProbe.clickedAt");
        var drawn = await WaitForChartsSettledAsync(page, clickedAt);
        return new ChartTimes(drawn.FirstFrameMs - clickedAt, drawn.SettledMs - clickedAt);
    }
}
