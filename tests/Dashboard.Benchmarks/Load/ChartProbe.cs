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
    /// <c>settledSince(since)</c> resolves once every chart on the page was given data after <c>since</c> and has settled,
    /// with the latest first frame and settle. It is checked as each chart settles, not polled: a poll every 250 ms in each
    /// of a hundred waiting pages took processor time the pages needed, and the more the slower they were.
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
          const settledSince = since => {
            const drawn = [...document.querySelectorAll('[data-chart] canvas')].map(c => c.__drawn);
            if (drawn.length === 0 || !drawn.every(d => d?.updatedAt > since && d.settledAt)) return null;
            return [Math.max(...drawn.map(d => d.firstFrameAt)), Math.max(...drawn.map(d => d.settledAt))];
          };
          let waiting = [];
          const resolveSettled = () => {
            waiting = waiting.filter(({ since, resolve }) => {
              const times = settledSince(since);
              if (times) resolve(times);
              return !times;
            });
          };
          // A wait that ends either way leaves nothing behind: the timer goes once the charts settle, the waiter once it times out.
          probe.settledSince = (since, timeoutMs) => new Promise((resolve, reject) => {
            const waiter = { since, resolve: times => { clearTimeout(timer); resolve(times); } };
            const timer = setTimeout(() => {
              waiting = waiting.filter(w => w !== waiter);
              reject(new Error(`Charts not all drawn with data given after ${since} ms within ${timeoutMs} ms.`));
            }, timeoutMs);
            waiting.push(waiter);
            resolveSettled();
          });
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
                afterRender: chart => {
                  chart.canvas.__drawn.settledAt ??= performance.now();
                  resolveSettled();
                },
              });
            },
          });
        })();
        """;

    // Twice Playwright's 30 s: on two cores shared with a hundred pages, a page can wait that long for the processor.
    private const double TimeoutMs = 60_000;

    /// <summary>Waits until every chart on the page has drawn data given after <paramref name="sinceMs"/>, and settled.</summary>
    public static async Task<ChartTimes> WaitForChartsSettledAsync(IPage page, double sinceMs)
    {
        var times = await page.EvaluateAsync<double[]>("([since, timeoutMs]) => __benchmarkProbe.settledSince(since, timeoutMs)", new[] { sinceMs, TimeoutMs });
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
