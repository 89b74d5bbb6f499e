using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using Dashboard.Benchmarks;
using Dashboard.Benchmarks.Load;
using Dashboard.Data;
using Dashboard.Data.Audit;
using Dashboard.Data.Changes;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Dashboard.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Times each dashboard's data load, a list's first and last page and an import, on each database named, beside the
// hand-written SQL for the same numbers, and prints one Markdown table; then the export of the 工匠名单 and the 创新成果 (ExportScene).
//   dotnet run -c Release --project tests/Dashboard.Benchmarks -- --database seed=PATH --database province=PATH [--runs 31] [--import-rows 100000] [--export-only|--import-only]
//       [--postgres NAME=CONNECTION]
// --import-only times just the import, --runs times on each database, each into a fresh copy. --postgres names a
// PostgreSQL database (made by `generate --provider postgres`) to time the same scenes on, beside the same floor, and
// the import, into a copy made from it.
// The browser modes (Load/LoadBenchmark.cs) time the first chart and 100 readers at once against a running app:
//   dotnet run -c Release --project tests/Dashboard.Benchmarks -- load|first-chart [--sessions 100] …
if (args is [LoadBenchmark.LoadMode or LoadBenchmark.FirstChartMode, ..])
{
    return await LoadBenchmark.RunAsync(args[0], args[1..]);
}
var databases = new List<(string Name, string Path)>();
var postgres = new List<(string Name, string Connection)>();
// A median of 9 moved by a millisecond from one run to the next on floors of 1–2 ms (工匠梯队 1.6 or 2.5 ms); of 31 it held.
var runs = 31;
var importRows = 100_000;
var exportOnly = false;
var importOnly = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--database" when i + 1 < args.Length && args[i + 1].Split('=', 2) is [var name, var path]:
            databases.Add((name, path));
            i++;
            break;
        case "--postgres" when i + 1 < args.Length && args[i + 1].Split('=', 2) is [var name, var connection]:
            postgres.Add((name, connection));
            i++;
            break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0:
            runs = r;
            i++;
            break;
        case "--import-rows" when i + 1 < args.Length && int.TryParse(args[i + 1], out var rows) && rows >= 0:
            importRows = rows;
            i++;
            break;
        case "--export-only":
            exportOnly = true;
            break;
        case "--import-only":
            importOnly = true;
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: --database NAME=PATH (once per size) [--runs N] [--import-rows N] [--export-only|--import-only] [--postgres NAME=CONNECTION]");
            return 2;
    }
}
if (databases.Count == 0 || databases.FirstOrDefault(d => !File.Exists(d.Path)) is { Path: not null } missing)
{
    Console.Error.WriteLine(databases.Count == 0 ? "Name at least one database: --database NAME=PATH." : $"No database at {databases.First(d => !File.Exists(d.Path)).Path}.");
    return 2;
}

var results = new List<Measurement>();
foreach (var (name, path) in exportOnly ? [] : databases)
{
    Console.Error.WriteLine($"Measuring {name} ({path}, {new FileInfo(path).Length / 1024 / 1024} MB)…");
    if (!importOnly)
    {
        results.AddRange(await Scenes.MeasureAsync(name, DatabaseProvider.Sqlite, $"Data Source={path};Mode=ReadOnly", runs));
    }
    for (var run = 1; importRows > 0 && run <= (importOnly ? runs : 1); run++)
    {
        var scene = $"import {importRows:N0} craftsmen{(importOnly ? $", run {run}" : "")}";
        results.Add(await Scenes.MeasureImportAsync(name, ImportTarget.CopyOfSqlite(path), scene, importRows));
    }
}
foreach (var (name, connection) in exportOnly ? [] : postgres)
{
    Console.Error.WriteLine($"Measuring {name} on PostgreSQL…");
    if (!importOnly)
    {
        results.AddRange(await Scenes.MeasureAsync(OnPostgres(name), DatabaseProvider.Postgres, connection, runs));
    }
    for (var run = 1; importRows > 0 && run <= (importOnly ? runs : 1); run++)
    {
        var scene = $"import {importRows:N0} craftsmen{(importOnly ? $", run {run}" : "")}";
        results.Add(await Scenes.MeasureImportAsync(OnPostgres(name), await ImportTarget.CopyOfPostgresAsync(connection), scene, importRows));
    }
}
if (!exportOnly)
{
    Console.WriteLine(Measurement.Table(results, databases.Select(d => d.Name).Concat(postgres.Select(p => OnPostgres(p.Name))).ToList()));
}
if (!importOnly)
{
    Console.WriteLine(await ExportScene.MeasureAsync(databases));
}
return 0;

static string OnPostgres(string name) => $"{name}, PostgreSQL";

namespace Dashboard.Benchmarks
{
    /// <summary>One scene at one size: the first run on fresh connections (cold), the median of the next, and the SQL floor's median.</summary>
    internal sealed record Measurement(string Scene, string Size, double ColdMs, double MedianMs, double? FloorMs, string? Note = null)
    {
        public static string Table(IReadOnlyList<Measurement> results, IReadOnlyList<string> sizes)
        {
            var table = new StringBuilder();
            table.AppendLine("| scene | " + string.Join(" | ", sizes.Select(s => $"{s} cold | {s} median | {s} SQL floor")) + " |");
            table.AppendLine("|---|" + string.Concat(sizes.Select(_ => "---:|---:|---:|")));
            foreach (var scene in results.Select(r => r.Scene).Distinct())
            {
                var cells = sizes.Select(size => results.FirstOrDefault(r => r.Scene == scene && r.Size == size) is { } m
                    ? m.Note ?? $"{Ms(m.ColdMs)} | {Ms(m.MedianMs)} | {(m.FloorMs is { } floor ? Ms(floor) : "–")}"
                    : "– | – | –");
                table.AppendLine($"| {scene} | {string.Join(" | ", cells)} |");
            }
            return table.ToString();
        }

        private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
    }

    /// <summary>Contexts over the whole database, as an account of no 市州 reads it.</summary>
    internal sealed class Contexts(DbContextOptions<DashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new(options);
    }

    /// <summary>
    /// The app's data services over one database (AddDashboardData), for a reader of the whole province: the query
    /// services take their contexts as a page does, from the reader factory and its pool.
    /// </summary>
    internal sealed class AppData : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly AsyncServiceScope _reader;

        public AppData(string connectionString, DatabaseProvider provider)
        {
            _services = new ServiceCollection()
                .AddLogging()
                .AddDashboardData(connectionString, new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true), provider)
                .AddSingleton<IRecordScopeSource, ProvinceReader>()
                .BuildServiceProvider();
            _reader = _services.CreateAsyncScope();
        }

        public IDbContextFactory<DashboardDbContext> ReaderContexts => Get<IDbContextFactory<DashboardDbContext>>();

        public IDbContextFactory<DashboardDbContext> WholeDatabaseContexts
            => _services.GetRequiredKeyedService<IDbContextFactory<DashboardDbContext>>(WholeDatabaseDbContextFactory.Key);

        public T Get<T>() where T : notnull => _reader.ServiceProvider.GetRequiredService<T>();

        public async ValueTask DisposeAsync()
        {
            await _reader.DisposeAsync();
            await _services.DisposeAsync();
        }

        private sealed class ProvinceReader : IRecordScopeSource
        {
            public ValueTask<RecordScope> GetScopeAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(RecordScope.Province);
        }
    }

    /// <summary>The dashboards' query services, as the app makes them: over one set of reference lists.</summary>
    internal sealed record DashboardQueries(OverviewQueries Overview, TierQueries Tiers, CompetitionQueries Competitions, InnovationQueries Innovation)
    {
        /// <summary>A fresh set, with reference lists of its own, as the first page after a start has.</summary>
        public static DashboardQueries Over(AppData app)
        {
            var contexts = app.ReaderContexts;
            var references = new ReferenceQueries(app.WholeDatabaseContexts);
            return new DashboardQueries(
                new OverviewQueries(contexts, references, NullLogger<OverviewQueries>.Instance),
                new TierQueries(contexts, references, NullLogger<TierQueries>.Instance),
                new CompetitionQueries(contexts, references, NullLogger<CompetitionQueries>.Instance),
                new InnovationQueries(contexts, references, NullLogger<InnovationQueries>.Instance));
        }
    }

    internal static class Scenes
    {
        private static readonly DashboardFilter s_filtered = new() { FromYear = 2021, ToYear = 2024, Regions = ["510100"] };
        // A tier between others: its pages lie in the middle of the list's index.
        private static readonly DashboardFilter s_provincial = new() { Tier = "provincial" };
        private static readonly DashboardFilter s_years = new() { FromYear = 2021, ToYear = 2024 };
        private static readonly DashboardFilter s_equipment = new() { Industries = ["equipment-manufacturing"] };

        public static async Task<IReadOnlyList<Measurement>> MeasureAsync(string size, DatabaseProvider provider, string connection, int runs)
        {
            await using var app = new AppData(connection, provider);
            // A cold run gets its own services, so it reads the reference lists as the first page after a start does.
            var warm = DashboardQueries.Over(app);
            var craftsmen = app.Get<CraftsmanListQueries>();
            async Task<int> CraftsmenAsync(DashboardFilter filter) => (await craftsmen.ListAsync(filter, new ListRequest(0, 1))).TotalCount;
            var total = await CraftsmenAsync(DashboardFilter.WholeProvince);
            var lastPage = Math.Max(0, (total - 1) / 25);
            var provincialLastPage = Math.Max(0, (await CraftsmenAsync(s_provincial) - 1) / 25);
            var achievements = app.Get<StudioListQueries>();
            var achievementsTotal = (await achievements.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(0, 1))).TotalCount;
            var chengdu = new DashboardFilter { Regions = ["510100"] };
            // A reader paging on from the middle: the page after it is read from the middle page's last row.
            var middle = (await achievements.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(achievementsTotal / 50, 25))).Position;
            var chengduTotal = (await achievements.AchievementsAsync(chengdu, new ListRequest(0, 1))).TotalCount;
            var chengduCraftsmen = await CraftsmenAsync(chengdu);
            var yearsCraftsmen = await CraftsmenAsync(s_years);
            var equipmentCraftsmen = await CraftsmenAsync(s_equipment);
            var chengduMiddle = (await achievements.AchievementsAsync(chengdu, new ListRequest(chengduTotal / 50, 25))).Position;

            var scenes = new (string Name, Func<DashboardQueries, Task> Load, string? Floor)[]
            {
                ("总览 /", q => q.Overview.GetOverviewAsync(DashboardFilter.WholeProvince), FloorSql.Overview),
                ("工匠梯队 /tiers", q => q.Tiers.GetDashboardAsync(DashboardFilter.WholeProvince), FloorSql.Tiers),
                ("竞赛 /competitions", q => q.Competitions.GetDashboardAsync(DashboardFilter.WholeProvince), FloorSql.Competitions),
                ("创新创效 /innovation", q => q.Innovation.GetDashboardAsync(DashboardFilter.WholeProvince), FloorSql.Innovation),
                ("总览, 成都 2021–2024", q => q.Overview.GetOverviewAsync(s_filtered), null),
                ("工匠梯队, 成都 2021–2024", q => q.Tiers.GetDashboardAsync(s_filtered), null),
                ("竞赛, 成都 2021–2024", q => q.Competitions.GetDashboardAsync(s_filtered), null),
                ("创新创效, 成都 2021–2024", q => q.Innovation.GetDashboardAsync(s_filtered), null),
                ("工匠名单 page 1", _ => craftsmen.ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 25)), FloorSql.CraftsmenPage(0, total)),
                ("工匠名单 middle page", _ => craftsmen.ListAsync(DashboardFilter.WholeProvince, new ListRequest(lastPage / 2, 25)), FloorSql.CraftsmenPage(lastPage / 2 * 25, total)),
                ("工匠名单 last page", _ => craftsmen.ListAsync(DashboardFilter.WholeProvince, new ListRequest(lastPage, 25)), FloorSql.CraftsmenPage(lastPage * 25, total)),
                ("工匠名单, 四川工匠: last page", _ => craftsmen.ListAsync(s_provincial, new ListRequest(provincialLastPage, 25)), null),
                ("工匠名单, 成都: middle page", _ => craftsmen.ListAsync(chengdu, new ListRequest(chengduCraftsmen / 50, 25)), null),
                ("工匠名单, 2021–2024: middle page", _ => craftsmen.ListAsync(s_years, new ListRequest(yearsCraftsmen / 50, 25)), null),
                ("工匠名单, 装备制造: middle page", _ => craftsmen.ListAsync(s_equipment, new ListRequest(equipmentCraftsmen / 50, 25)), null),
                ("创新成果 page 1", _ => achievements.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(0, 25)), null),
                ("创新成果 middle page", _ => achievements.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(achievementsTotal / 50, 25)), null),
                ("创新成果 the page after the middle one", _ => achievements.AchievementsAsync(
                    DashboardFilter.WholeProvince, new ListRequest(achievementsTotal / 50 + 1, 25) { From = middle }), null),
                ("创新成果 last page", _ => achievements.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest((achievementsTotal - 1) / 25, 25)), null),
                ("创新成果, 成都: page 1", _ => achievements.AchievementsAsync(chengdu, new ListRequest(0, 25)), null),
                ("创新成果, 成都: middle page", _ => achievements.AchievementsAsync(chengdu, new ListRequest(chengduTotal / 50, 25)), null),
                ("创新成果, 成都: the page after the middle one", _ => achievements.AchievementsAsync(
                    chengdu, new ListRequest(chengduTotal / 50 + 1, 25) { From = chengduMiddle }), null),
            };
            var measured = new List<Measurement>();
            foreach (var (name, load, floor) in scenes)
            {
                // A cold run starts from a collected heap: after the seed's import, the province's first cold runs paid for
                // collecting its 100,000 rows (151–176 ms where they take 31–52).
                GC.Collect();
                GC.WaitForPendingFinalizers();
                ClearPools(provider);
                var cold = await TimeAsync(() => load(DashboardQueries.Over(app)));
                var byApp = await WarmAsync(() => load(warm));
                var bySql = floor is null ? null : await WarmAsync(() => RunSqlAsync(provider, connection, floor));
                var (median, floorMedian) = await MediansInTurnAsync(byApp, bySql, runs);
                measured.Add(new Measurement(name, size, cold, median, floorMedian));
                Console.Error.WriteLine($"  {name}: cold {cold:0.0} ms, median {median:0.0} ms, floor {floorMedian:0.0} ms");
            }
            // Nothing left connected: a PostgreSQL database is then copied, as the template of the import's.
            ClearPools(provider);
            return measured;
        }

        // Cold: fresh connections. SQLite's page cache is per connection, so this is the first view after a start or an
        // import; PostgreSQL's shared buffers outlive them, as they outlive an app server's restart.
        private static void ClearPools(DatabaseProvider provider)
        {
            if (provider == DatabaseProvider.Postgres)
            {
                NpgsqlConnection.ClearAllPools();
            }
            else
            {
                SqliteConnection.ClearAllPools();
            }
        }

        /// <summary>Imports new craftsmen into a copy of the database, as staff would: checked, written in one transaction, recorded.</summary>
        public static async Task<Measurement> MeasureImportAsync(string size, ImportTarget target, string scene, int rows)
        {
            await using (target)
            {
                var options = target.Options;
                var contexts = new Contexts(options);
                var batches = new ImportBatches(contexts, options, TimeProvider.System, new InProcessRecordChangeNotifier(), new AuditLog(contexts, TimeProvider.System));
                var csv = new StringBuilder("姓名,梯队,市州,行业,工作单位,评选年份,届次\n");
                for (var i = 0; i < rows; i++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"基准工匠{i:D6},市级工匠,成都,,基准单位{i % 500},2024,\n");
                }
                using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
                var id = await batches.QueueAsync(ImportKind.Craftsmen, file, "基准.csv", new ImportRequester("bench", "bench", RecordScope.Province));
                var watch = Stopwatch.StartNew();
                var batch = await batches.RunAsync(id, file, ImportLimits.Default);
                watch.Stop();
                var note = batch.Status == Dashboard.Data.Entities.ImportBatchStatus.Committed
                    ? $"{rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s: {rows / watch.Elapsed.TotalSeconds:N0} rows/s | | "
                    : $"failed: {batch.Failure} | | ";
                Console.Error.WriteLine($"  import: {note}");
                return new Measurement(scene, size, watch.Elapsed.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, null, note);
            }
        }

        private static async Task<double> TimeAsync(Func<Task> load)
        {
            var watch = Stopwatch.StartNew();
            await load();
            return watch.Elapsed.TotalMilliseconds;
        }

        /// <summary>
        /// Runs <paramref name="load"/> until the JIT has compiled its code optimised, as in a server that has run a while:
        /// until a round of runs and a pause compiles almost no method. The medians of a few runs otherwise measured the
        /// JIT's quick first tiers, more for the app's code than for the floor's few calls: after a fixed 60 runs the
        /// 总览 had some 3,000 methods still to compile over the next 160, and took 3.8 ms a run where it settled at 2.1.
        /// The lists' pages go on compiling a few methods on every run, so 400 runs bound them.
        /// </summary>
        private static async Task<Func<Task>> WarmAsync(Func<Task> load)
        {
            const int RunsPerRound = 20, MaxRuns = 400, SettledBelow = 20;
            for (var runs = 0; runs < MaxRuns; runs += RunsPerRound)
            {
                var compiled = JitInfo.GetCompiledMethodCount();
                for (var i = 0; i < RunsPerRound; i++)
                {
                    await load();
                }
                // Methods called 30 times are recompiled in the background once calls have settled for 100 ms.
                await Task.Delay(250);
                if (runs >= 60 && JitInfo.GetCompiledMethodCount() - compiled < SettledBelow)
                {
                    break;
                }
            }
            return load;
        }

        /// <summary>
        /// The medians of <paramref name="runs"/> runs of each, taken in turns. The machine has slower and faster spells of
        /// seconds (a virtual machine's neighbours, its memory balloon); in turns they fall on the app and its floor alike,
        /// where the app's runs and then the floor's put a spell on one of them only: 创新创效 at province size took 3.3 ms
        /// and then 4.8 ms in two runs of the harness, against the same 2.6 ms floor.
        /// </summary>
        private static async Task<(double Median, double? OtherMedian)> MediansInTurnAsync(Func<Task> load, Func<Task>? other, int runs)
        {
            var times = new List<double>();
            var otherTimes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                times.Add(await TimeAsync(load));
                if (other is not null)
                {
                    otherTimes.Add(await TimeAsync(other));
                }
            }
            return (Median(times), other is null ? null : Median(otherTimes));
        }

        private static double Median(List<double> times)
        {
            times.Sort();
            return times[times.Count / 2];
        }

        /// <summary>Runs each statement and reads every row it returns, as a page would.</summary>
        private static async Task RunSqlAsync(DatabaseProvider provider, string connectionString, string sql)
        {
            await using DbConnection connection = provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync();
            foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }
                }
            }
        }
    }
}
