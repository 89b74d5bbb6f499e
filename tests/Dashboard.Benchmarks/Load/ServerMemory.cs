using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The server's memory after a full, blocking garbage collection: the managed heap that survives it (every generation,
/// large and pinned objects included, with the free space between them), the live objects alone in it, and the
/// process's private resident memory (RssAnon: heap, native allocations, thread stacks), which is what the machine
/// gives the process.
/// </summary>
internal sealed record ServerMemory(long HeapBytes, long LiveBytes, long PrivateBytes)
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    public static ServerMemory operator -(ServerMemory after, ServerMemory before)
        => new(after.HeapBytes - before.HeapBytes, after.LiveBytes - before.LiveBytes, after.PrivateBytes - before.PrivateBytes);

    public ServerMemory PerSession(int sessions) => new(HeapBytes / sessions, LiveBytes / sessions, PrivateBytes / sessions);

    /// <summary>
    /// Asks the runtime of <paramref name="processId"/> for a full collection, as dotnet-gcdump does: an EventPipe session that
    /// enables the runtime's GCHeapCollect keyword makes it collect at once. Twice, so objects whose finalizers ran in the first
    /// are gone in the second; the second's GCHeapStats event gives the heap.
    /// </summary>
    public static async Task<ServerMemory> MeasureAsync(int processId)
    {
        await CollectAsync(processId);
        var (heap, live) = await CollectAsync(processId);
        return new ServerMemory(heap, live, PrivateResidentBytes(processId));
    }

    /// <summary>The heap after a full collection, and what the collection kept (promoted) in it: the live objects.</summary>
    private static async Task<(long Heap, long Live)> CollectAsync(int processId)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = new DiagnosticsClient(processId).StartEventPipeSession(
            new EventPipeProvider(RuntimeProvider, EventLevel.Informational, keywords), requestRundown: false);
        var heap = new TaskCompletionSource<(long, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullCollectionStarted = false;
        var reading = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Clr.GCStart += e => fullCollectionStarted |= e.Depth == 2;
            source.Clr.GCHeapStats += e =>
            {
                if (fullCollectionStarted)
                {
                    heap.TrySetResult((e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4,
                        e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4));
                }
            };
            source.Process();
        });
        var bytes = await heap.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await session.StopAsync(CancellationToken.None);
        await reading;
        return bytes;
    }

    private static long PrivateResidentBytes(int processId)
    {
        // "RssAnon:   123456 kB": resident memory not backed by a file, so not the shared libraries and the mapped assemblies.
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
