using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks;

/// <summary>
/// Exports the whole 工匠名单 and the whole 创新成果 (no filter, default order) as CSV and as XLSX, the way the export
/// endpoint does (rows streamed from the database into the file), and the 工匠名单 also the way it was done before
/// (every row read into memory, then the whole file built in memory, then sent). Per run it prints the time, the file's
/// size, the rows written, the bytes allocated (GC.GetTotalAllocatedBytes), and two peaks over a 2 ms sampler: the
/// managed heap including not yet collected garbage (GC.GetTotalMemory(false)), and the heap left after the latest
/// collection (GCMemoryInfo.HeapSizeBytes), both above the heap measured after a full collection just before the run.
/// </summary>
internal static class ExportScene
{
    // 1.5 million achievements held whole, as before, would be about a gigabyte a download: only the streamed way is timed.
    private static readonly (string List, string Name, bool AlsoBefore)[] s_lists =
    [
        (ListExports.Craftsmen, "工匠名单", true),
        (ListExports.Achievements, "创新成果", false),
    ];

    public static async Task<string> MeasureAsync(IReadOnlyList<(string Name, string Path)> databases)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var table = new StringBuilder();
        table.AppendLine("| export of | size | rows | file | time | allocated | peak heap | peak after GC |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var warmedUp = false;
        foreach (var (size, path) in databases)
        {
            var contexts = new Contexts(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={path};Mode=ReadOnly")
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
            var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
            var exports = new ListExports(
                new StringLocalizer<Dashboard.Web.Resources.Lists>(localizers), new StringLocalizer<Dashboard.Web.Resources.Competitions>(localizers),
                new CraftsmanListQueries(contexts), new StudioListQueries(contexts), new EnterpriseQueries(contexts),
                new CompetitionListQueries(contexts), new HonourListQueries(contexts));
            if (!warmedUp)
            {
                // One run not counted: the first pays for compiling the queries and the writers.
                await Ways(exports, ListExports.Craftsmen, ExportFormat.Csv).First().Write(Stream.Null);
                warmedUp = true;
            }
            foreach (var (list, name, alsoBefore) in s_lists)
            {
                foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
                {
                    foreach (var (way, write) in Ways(exports, list, format).Take(alsoBefore ? 2 : 1))
                    {
                        var line = await MeasureOnceAsync(write);
                        table.AppendLine($"| {name}, {way} {ExportFormats.Extension(format).ToUpperInvariant()} | {size} | {line} |");
                        Console.Error.WriteLine($"  export {name} {way} {format} {size}: {line}");
                    }
                }
            }
        }
        return table.ToString();
    }

    // Each write returns the rows it wrote, counted as they pass.
    private static IEnumerable<(string Way, Func<Stream, Task<int>> Write)> Ways(ListExports exports, string list, ExportFormat format)
    {
        // Each run reads the list anew, as each request to the endpoint does.
        async Task<ListExport> OpenAsync() => (await exports.OpenAsync(list, DashboardFilter.WholeProvince, new ListRequest(0, 20), null, default))!;
        yield return ("streamed", async output =>
        {
            var export = await OpenAsync();
            var rows = 0;
            await ExportFormats.WriteAsync(output, format, export.Title, export.Headers, Counted(export.Rows, () => rows++), default);
            return rows;
        });
        yield return ("all in memory (before)", async output =>
        {
            var export = await OpenAsync();
            var rows = await export.Rows.ToListAsync();
            var file = await ExportFormats.WriteAsync(new ExportTable(export.Title, export.Headers, rows), format);
            await output.WriteAsync(file);
            return rows.Count;
        });
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> rows, Action count)
    {
        await foreach (var row in rows)
        {
            count();
            yield return row;
        }
    }

    private static async Task<string> MeasureOnceAsync(Func<Stream, Task<int>> write)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakHeap = 0, peakAfterGc = 0;
        using var done = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!done.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false) - baseline);
                peakAfterGc = Math.Max(peakAfterGc, GC.GetGCMemoryInfo().HeapSizeBytes - baseline);
                Thread.Sleep(2);
            }
        });
        sampler.Start();
        var output = new CountingStream();
        var watch = Stopwatch.StartNew();
        var rows = await write(output);
        watch.Stop();
        await done.CancelAsync();
        sampler.Join();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return $"{rows:N0} | {Mb(output.Length)} | {watch.Elapsed.TotalSeconds:0.00} s | {Mb(allocated)} | {Mb(peakHeap)} | {Mb(peakAfterGc)}";
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";

    /// <summary>A response body that keeps nothing: it counts the bytes written, as a network socket would take them.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
