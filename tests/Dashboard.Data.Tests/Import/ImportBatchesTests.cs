using System.Text;
using Dashboard.Data.Audit;
using Dashboard.Data.Changes;
using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>Batches over <see cref="ListRecords"/>: written whole or not at all, recorded, and undone to the exact prior state.</summary>
public class ImportBatchesTests : IAsyncLifetime
{
    private static readonly string[] s_header = ["姓名", "梯队", "市州", "行业", "工作单位", "评选年份", "届次"];
    private static readonly ImportRequester s_staff = new("staff-id", "staff", RecordScope.Province);
    private static readonly ImportRequester s_chengdu = new("chengdu-id", "chengdu", new RecordScope(ListRecords.Chengdu));

    private TestDatabase _database = null!;
    private ImportBatches _batches = null!;
    private int _notified;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The database these tests run on; <see cref="ImportBatchesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async ValueTask InitializeAsync()
    {
        _database = await ListFixture.CreateAsync(Provider, Token);
        var notifier = new InProcessRecordChangeNotifier();
        notifier.Subscribe(_ => { _notified++; return Task.CompletedTask; });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        _batches = new ImportBatches(_database, _database.Options, clock, notifier, new AuditLog(_database, clock));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ImportBatch> ImportAsync(ImportRequester requester, params string[][] rows)
    {
        using var file = TestFiles.Csv(Encoding.UTF8, bom: true, [s_header, .. rows]);
        var id = await _batches.QueueAsync(ImportKind.Craftsmen, file, "名单.csv", requester, Token);
        return await _batches.RunAsync(id, file, ImportLimits.Default, Token);
    }

    /// <summary>New 成都 市级工匠 named 2025, one a name, in one batch: their keys come as one run.</summary>
    private Task<ImportBatch> ImportNewAsync(params string[] names)
        => ImportAsync(s_staff, [.. names.Select(name => new[] { name, "市级工匠", "成都", "", "", "2025", "" })]);

    /// <summary>Every craftsman's fields in id order: two equal snapshots mean the same records, field for field.</summary>
    private async Task<string> CraftsmenSnapshotAsync()
    {
        await using var db = _database.CreateDbContext();
        var rows = await db.Craftsmen.OrderBy(c => c.Id).ToListAsync(Token);
        return string.Join("\n", rows.Select(c => string.Join("|", c.Id, c.Name, c.TierCode, c.RegionCode, c.IndustryCode, c.EmployerName, c.EnterpriseId, c.YearNamed, c.Batch, c.IsSample)));
    }

    [Fact]
    public async Task Run_GoodFile_CommittedWithCountsAndEachRecordRecorded()
    {
        var batch = await ImportAsync(s_staff, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"], ["张三", "市级工匠", "绵阳", "", "", "2025", ""]);

        Assert.Equal((ImportBatchStatus.Committed, 1, 1, 0), (batch.Status, batch.Added, batch.Updated, batch.Unchanged));
        Assert.Equal(64, batch.FileSha256.Length);
        await using var db = _database.CreateDbContext();
        Assert.Equal(9, await db.Craftsmen.CountAsync(Token));
        var changes = await db.Set<ImportBatchChange>().Where(c => c.BatchId == batch.Id).OrderBy(c => c.WasAdded).ToListAsync(Token);
        Assert.Equal([(false, "{\"Batch\":3}"), (true, null)], changes.Select(c => (c.WasAdded, c.Before)));
        Assert.Equal(1, _notified);
    }

    [Fact]
    public async Task Undo_CommittedBatch_RecordsExactlyAsBefore()
    {
        var before = await CraftsmenSnapshotAsync();
        var batch = await ImportAsync(s_staff, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2022", "4"], ["张三", "市级工匠", "绵阳", "", "", "2025", ""]);
        Assert.NotEqual(before, await CraftsmenSnapshotAsync());

        var refusal = await _batches.UndoAsync(batch.Id, s_staff, Token);

        Assert.Null(refusal);
        Assert.Equal(before, await CraftsmenSnapshotAsync());
        await using var db = _database.CreateDbContext();
        Assert.Equal(
            [(AuditActions.ImportCommitted, $"#{batch.Id}"), (AuditActions.ImportUndone, $"#{batch.Id}")],
            await db.AuditEntries.OrderBy(e => e.Id).Select(e => new ValueTuple<string, string?>(e.Action, e.Details)).ToListAsync(Token));
        Assert.Equal(ImportBatchStatus.Undone, (await _batches.GetAsync(batch.Id, Token))!.Status);
        Assert.Equal(2, _notified);
    }

    [Fact]
    public async Task Undo_ALaterBatchChangedTheSameRecord_RefusedAndNothingChanges()
    {
        var first = await ImportAsync(s_staff, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"]);
        await ImportAsync(s_staff, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "5"]);
        var before = await CraftsmenSnapshotAsync();

        Assert.Equal(UndoRefusal.ChangedLater, await _batches.UndoAsync(first.Id, s_staff, Token));
        Assert.Equal(before, await CraftsmenSnapshotAsync());
    }

    [Fact]
    public async Task Run_NewRecords_OneChangeRowForTheirRunOfKeys()
    {
        var batch = await ImportNewAsync("张三", "李四", "王五");

        await using var db = _database.CreateDbContext();
        var ids = await db.Craftsmen.Where(c => c.Name == "张三" || c.Name == "李四" || c.Name == "王五").Select(c => (long)c.Id).ToListAsync(Token);
        var run = Assert.Single(await db.ImportBatchChanges.Where(c => c.BatchId == batch.Id).ToListAsync(Token));
        Assert.Equal((true, $"{{\"Id\":{ids.Min()}}}", ids.Min(), ids.Max(), 3), (run.WasAdded, run.RecordKey, run.FirstId, run.LastId, ids.Count));
    }

    [Fact]
    public async Task Undo_ALaterBatchChangedARecordInsideItsRun_RefusedAndNothingChanges()
    {
        var first = await ImportNewAsync("张三", "李四", "王五");
        var later = await ImportAsync(s_staff, ["李四", "市级工匠", "成都", "", "", "2024", ""]);
        Assert.Equal((ImportBatchStatus.Committed, 1), (later.Status, later.Updated));
        var before = await CraftsmenSnapshotAsync();

        Assert.Equal(UndoRefusal.ChangedLater, await _batches.UndoAsync(first.Id, s_staff, Token));
        Assert.Equal(before, await CraftsmenSnapshotAsync());
    }

    [Fact]
    public async Task LastChange_RecordAddedInsideARun_TheBatchThatAddedIt()
    {
        var batch = await ImportNewAsync("张三", "李四", "王五");
        await using var db = _database.CreateDbContext();
        var id = await db.Craftsmen.Where(c => c.Name == "李四").Select(c => c.Id).SingleAsync(Token);

        var changed = await _batches.LastChangeAsync(ImportKind.Craftsmen, new RecordRef(id), Token);

        Assert.NotNull(changed);
        Assert.Equal(batch.FinishedUtc, changed);
    }

    [Fact]
    public async Task Undo_AnotherRegionsBatch_Refused()
    {
        var batch = await ImportAsync(s_chengdu, ["张三", "市级工匠", "成都", "", "", "2025", ""]);

        Assert.Equal(UndoRefusal.OtherRegion, await _batches.UndoAsync(batch.Id, s_chengdu with { Scope = new RecordScope(ListRecords.Zigong) }, Token));
        Assert.Null(await _batches.UndoAsync(batch.Id, s_staff, Token));
    }

    [Fact]
    public async Task Run_FileWithAnError_FailedAndNothingWritten()
    {
        var before = await CraftsmenSnapshotAsync();

        var batch = await ImportAsync(s_staff, ["张三", "市级工匠", "成都", "", "", "2025", ""], ["李四", "皇帝", "成都", "", "", "", ""]);

        Assert.Equal(ImportBatchStatus.Failed, batch.Status);
        Assert.Equal(before, await CraftsmenSnapshotAsync());
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Set<ImportBatchChange>().CountAsync(Token));
    }

    [Fact]
    public async Task Run_BoundAccountsRowOfAnotherRegion_FailedAtWriteToo()
    {
        var batch = await ImportAsync(s_chengdu, ["张三", "市级工匠", "绵阳", "", "", "2025", ""]);

        Assert.Equal(ImportBatchStatus.Failed, batch.Status);
    }

    [Fact]
    public async Task Run_TwoAtOnce_BothCommittedOneAfterTheOther()
    {
        using var firstFile = TestFiles.Csv(Encoding.UTF8, bom: false, [s_header, ["张三", "市级工匠", "成都", "", "", "2025", ""]]);
        using var secondFile = TestFiles.Csv(Encoding.UTF8, bom: false, [s_header, ["李四", "市级工匠", "成都", "", "", "2025", ""]]);
        var first = await _batches.QueueAsync(ImportKind.Craftsmen, firstFile, "一.csv", s_staff, Token);
        var second = await _batches.QueueAsync(ImportKind.Craftsmen, secondFile, "二.csv", s_staff, Token);

        var batches = await Task.WhenAll(
            Task.Run(() => _batches.RunAsync(first, firstFile, ImportLimits.Default, Token), Token),
            Task.Run(() => _batches.RunAsync(second, secondFile, ImportLimits.Default, Token), Token));

        Assert.All(batches, b => Assert.Equal(ImportBatchStatus.Committed, b.Status));
        await using var db = _database.CreateDbContext();
        Assert.Equal(10, await db.Craftsmen.CountAsync(Token));
    }

    [Fact]
    public async Task RunThenUndo_HundredThousandRows_AllWrittenThenExactlyAsBefore()
    {
        // Arrange: 100,000 new 市级工匠 and one update, in one file
        var before = await CraftsmenSnapshotAsync();
        var rows = Enumerable.Range(1, 100_000).Select(i => new[] { $"批量工匠{i:D6}", "市级工匠", "绵阳", "装备制造", "", "2025", "" })
            .Append(["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"]).ToArray();

        // Act: run it, watching its progress as the page does
        using var file = TestFiles.Csv(Encoding.UTF8, bom: true, [s_header, .. rows]);
        var id = await _batches.QueueAsync(ImportKind.Craftsmen, file, "名单.csv", s_staff, Token);
        var running = Task.Run(() => _batches.RunAsync(id, file, ImportLimits.Default, Token), Token);
        var seen = new List<int>();
        while (!running.IsCompleted)
        {
            if (_batches.RowsRead(id) is { } read)
            {
                seen.Add(read);
            }
            await Task.Delay(20, Token);
        }
        var batch = await running;

        // Assert
        Assert.Equal((ImportBatchStatus.Committed, 100_000, 1), (batch.Status, batch.Added, batch.Updated));
        Assert.Contains(seen, read => read is > 0 and < 100_001);
        Assert.Null(_batches.RowsRead(id));
        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(100_008, await db.Craftsmen.CountAsync(Token));
        }
        Assert.Null(await _batches.UndoAsync(batch.Id, s_staff, Token));
        Assert.Equal(before, await CraftsmenSnapshotAsync());
    }

    [Fact]
    public async Task FailInterrupted_BatchLeftRunning_Failed()
    {
        using var file = TestFiles.Csv(Encoding.UTF8, bom: false, [s_header, ["张三", "市级工匠", "成都", "", "", "2025", ""]]);
        var id = await _batches.QueueAsync(ImportKind.Craftsmen, file, "名单.csv", s_staff, Token);

        Assert.Equal(1, await _batches.FailInterruptedAsync(Token));
        Assert.Equal(ImportBatchStatus.Failed, (await _batches.GetAsync(id, Token))!.Status);
    }
}

public sealed class ImportBatchesOnPostgresTests : ImportBatchesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
