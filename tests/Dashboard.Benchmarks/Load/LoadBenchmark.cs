using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The browser modes. "first-chart": navigation to the first chart drawn on /tiers, on a quiet server. "load": that, then
/// many readers at once, each in a browser context of its own in one Chromium, moving between dashboards and filters;
/// prints the interaction latency and the server's memory per open session.
/// </summary>
internal static class LoadBenchmark
{
    public const string LoadMode = "load";
    public const string FirstChartMode = "first-chart";

    private const string Usage = "Usage: load|first-chart [--sessions 100] [--actions 10] [--think-ms 5000] [--runs 5] [--url URL [--pid PID]]";

    public static async Task<int> RunAsync(string mode, string[] args)
    {
        var sessions = 100;
        var actions = 10;
        var thinkTime = TimeSpan.FromSeconds(5);
        var runs = 5;
        Uri? url = null;
        int? processId = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            var parsed = int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number > 0;
            switch (args[i])
            {
                case "--sessions" when parsed: sessions = number; break;
                case "--actions" when parsed: actions = number; break;
                case "--think-ms" when parsed: thinkTime = TimeSpan.FromMilliseconds(number); break;
                case "--runs" when parsed: runs = number; break;
                case "--pid" when parsed: processId = number; break;
                case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var address): url = address; break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }

        await using var server = await BenchmarkServer.StartAsync(url, processId);
        Console.WriteLine(await MeasureFirstChartAsync(server, runs));
        if (mode == LoadMode)
        {
            Console.WriteLine(await MeasureLoadAsync(server, sessions, actions, thinkTime));
        }
        return 0;
    }

    private static async Task<string> MeasureFirstChartAsync(BenchmarkServer server, int runs)
    {
        var state = await server.SignedInStateAsync("leader");
        var firstVisits = new List<FirstChartTiming>();
        var returnVisits = new List<FirstChartTiming>();
        // One visit first and not counted: it starts what a server starts once (compiling, the published figures' cache).
        await FirstChartTiming.MeasureAsync(server, "/tiers", state);
        for (var i = 0; i < runs; i++)
        {
            var (first, again) = await FirstChartTiming.MeasureAsync(server, "/tiers", state);
            firstVisits.Add(first);
            returnVisits.Add(again);
            Console.Error.WriteLine($"  first chart: {first.FirstFrame:0} ms (settled {first.FirstSettled:0} ms); return visit {again.FirstFrame:0} ms");
        }
        return "Navigation to /tiers (7 charts), signed in as leader, ms since the navigation started:\n\n"
            + FirstChartTiming.Table([("first visit", firstVisits), ("return visit", returnVisits)]);
    }

    private static readonly TimeSpan s_settleTime = TimeSpan.FromSeconds(15);

    private static async Task<string> MeasureLoadAsync(BenchmarkServer server, int sessions, int actions, TimeSpan thinkTime)
    {
        var states = new List<string>();
        foreach (var account in BenchmarkServer.DemoAccounts)
        {
            states.Add(await server.SignedInStateAsync(account));
        }

        // A reader's round before measuring, so the memory before already holds what the first circuit builds once.
        var warmUp = await ReaderSession.OpenAsync(server.Browser, server.Address, states[0], 0);
        await warmUp.RunAsync(6, TimeSpan.Zero, []);
        await warmUp.CloseAsync();
        var before = server.ProcessId is { } pid ? await ServerMemory.MeasureAsync(pid) : null;

        var opening = Stopwatch.StartNew();
        var readers = new ReaderSession[sessions];
        // A few at a time, as readers arrive; opening all at once would measure Chromium starting 100 pages.
        using (var arriving = new SemaphoreSlim(4))
        {
            await Task.WhenAll(Enumerable.Range(0, sessions).Select(async i =>
            {
                await arriving.WaitAsync();
                try
                {
                    readers[i] = await ReaderSession.OpenAsync(server.Browser, server.Address, states[i % states.Count], i);
                }
                finally
                {
                    arriving.Release();
                }
            }));
        }
        Console.Error.WriteLine($"  {sessions} sessions open in {opening.Elapsed.TotalSeconds:0} s");

        var failures = new List<string>();
        var processorBefore = server.ProcessId is { } serverId ? ProcessorTime.Read(serverId) : null;
        var interacting = Stopwatch.StartNew();
        var timings = (await Task.WhenAll(readers.Select(r => r.RunAsync(actions, thinkTime, failures)))).SelectMany(t => t).ToList();
        interacting.Stop();
        var processor = server.ProcessId is { } stillServer && processorBefore is not null ? ProcessorTime.Read(stillServer) - processorBefore : null;
        // The readers' pages then catch up: until a browser acknowledges a render, the server keeps it (up to ten per
        // circuit), and browsers seconds behind would have their backlog counted as what an open session costs.
        await Task.Delay(s_settleTime);
        var after = server.ProcessId is { } id ? await ServerMemory.MeasureAsync(id) : null;
        await Task.WhenAll(readers.Select(r => r.CloseAsync()));

        var report = new List<string>
        {
            $"{sessions} sessions (accounts {string.Join(", ", BenchmarkServer.DemoAccounts)} in turn), {actions} interactions each "
                + $"({timings.Count} timed, {failures.Count} failed) over {interacting.Elapsed.TotalSeconds:0} s, about {thinkTime.TotalMilliseconds:0} ms apart:",
            "",
            "| from the click to every chart's | p50 | p95 | max |",
            "|---|---:|---:|---:|",
            Row("first frame of the new data", timings.Select(t => t.FirstFrameMs)),
            Row("animation finished", timings.Select(t => t.SettledMs)),
        };
        if (processor is not null && timings.Count > 0)
        {
            var cores = Environment.ProcessorCount;
            var available = interacting.Elapsed.TotalSeconds * cores;
            report.Add("");
            report.Add($"Processor time over the interactions ({cores} cores, {available:0} core-seconds): the machine busy "
                + $"{processor.MachineBusy.TotalSeconds:0} s ({processor.MachineBusy.TotalSeconds / available:P0}), the server "
                + $"{processor.Server.TotalSeconds:0.0} s ({processor.Server.TotalSeconds / available:P0}): "
                + $"{processor.Server.TotalMilliseconds / timings.Count:0} ms of the server's per interaction, "
                + $"{(processor.MachineBusy - processor.Server).TotalMilliseconds / timings.Count:0} ms of everything else's (the browsers, mostly).");
        }
        if (before is not null && after is not null)
        {
            var perSession = (after - before).PerSession(sessions);
            report.Add("");
            report.Add($"Server memory after a full GC: managed heap {Mb(before.HeapBytes)} → {Mb(after.HeapBytes)} MB "
                + $"(live objects {Mb(before.LiveBytes)} → {Mb(after.LiveBytes)} MB), "
                + $"private resident {Mb(before.PrivateBytes)} → {Mb(after.PrivateBytes)} MB with {sessions} sessions open, "
                + $"{s_settleTime.TotalSeconds:0} s after their last interaction.");
            report.Add($"Per session: managed heap {Mb(perSession.HeapBytes)} MB (live objects {Mb(perSession.LiveBytes)} MB), "
                + $"private resident {Mb(perSession.PrivateBytes)} MB.");
        }
        report.AddRange(failures.Take(5).Select(f => "  failed: " + f));
        return string.Join('\n', report);
    }

    private static string Row(string name, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return $"| {name} | – | – | – |";
        }
        // Nearest rank: the smallest value at or above the given share of the interactions.
        string At(double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)].ToString("0", CultureInfo.InvariantCulture) + " ms";
        return $"| {name} | {At(0.5)} | {At(0.95)} | {At(1)} |";
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.00", CultureInfo.InvariantCulture);
}
