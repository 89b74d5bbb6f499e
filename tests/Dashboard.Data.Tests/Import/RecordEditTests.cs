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

/// <summary>Editing a craftsman over <see cref="ListRecords"/>: the import's checks, a batch of one, audited, undoable, and never overwriting a newer change.</summary>
public sealed class RecordEditTests : IAsyncLifetime
{
    private static readonly ImportRequester s_staff = new("staff-id", "staff", RecordScope.Province, "127.0.0.1");

    private SqliteTestDatabase _database = null!;
    private ImportBatches _batches = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await ListFixture.CreateAsync(Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        _batches = new ImportBatches(_database, _database.Options, clock, new InProcessRecordChangeNotifier(), new AuditLog(_database, clock));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<int> IdOfAsync(string name) => ListFixture.IdOfAsync(_database, db => db.Craftsmen.Where(c => c.Name == name).Select(c => c.Id));

    private Task<EditResult> EditAsync(int id, DateTime? seen, string[] cells, ImportRequester? requester = null)
        => _batches.EditAsync(ImportKind.Craftsmen, new RecordRef(id), seen, cells, requester ?? s_staff, Token);

    [Fact]
    public async Task Edit_ValidValues_SavedAuditedWithBeforeAndAfterThenUndone()
    {
        var id = await IdOfAsync("工匠甲");

        var result = await EditAsync(id, null, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"]);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(4, await db.Craftsmen.Where(c => c.Id == id).Select(c => c.Batch).SingleAsync(Token));
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RecordEdited, Token);
            Assert.Equal(new Dictionary<string, string?> { ["届次"] = "3" }, AuditLog.ReadFields(entry.Before));
            Assert.Equal(new Dictionary<string, string?> { ["届次"] = "4" }, AuditLog.ReadFields(entry.After));
            Assert.Equal("127.0.0.1", entry.ClientAddress);
        }
        Assert.NotNull(await _batches.LastChangeAsync(ImportKind.Craftsmen, new RecordRef(id), Token));
        Assert.Null(await _batches.UndoAsync(result.BatchId!.Value, s_staff, Token));
        await using var after = _database.CreateDbContext();
        Assert.Equal(3, await after.Craftsmen.Where(c => c.Id == id).Select(c => c.Batch).SingleAsync(Token));
    }

    [Fact]
    public async Task Edit_TwoEditorsFromTheSameRead_SecondToldItChanged()
    {
        var id = await IdOfAsync("工匠甲");
        var seen = await _batches.LastChangeAsync(ImportKind.Craftsmen, new RecordRef(id), Token);

        var first = await EditAsync(id, seen, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"]);
        var second = await EditAsync(id, seen, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "5"]);

        Assert.Equal((EditOutcome.Saved, EditOutcome.Conflict), (first.Outcome, second.Outcome));
        await using var db = _database.CreateDbContext();
        Assert.Equal(4, await db.Craftsmen.Where(c => c.Id == id).Select(c => c.Batch).SingleAsync(Token));
    }

    [Fact]
    public async Task Edit_UnknownRegion_InvalidWithTheImportsError()
    {
        var result = await EditAsync(await IdOfAsync("工匠甲"), null, ["工匠甲", "四川工匠", "北京", "铁路", "成都铁路局", "2021", "3"]);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal([new ImportError(ImportErrorKind.UnknownRegion, 2, "市州", "北京")], result.Errors);
    }

    [Theory]
    [InlineData("工匠乙")] // a sample record: never edited
    [InlineData("工匠戊")] // 自贡, for an account bound to 成都
    public async Task Edit_SampleOrOutOfScopeRecord_NotFound(string name)
    {
        var chengdu = s_staff with { Scope = new RecordScope(ListRecords.Chengdu) };

        var result = await EditAsync(await IdOfAsync(name), null, [name, "四川工匠", "成都", "", "", "2022", "4"], chengdu);

        Assert.Equal(EditOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Edit_SameValues_Unchanged()
    {
        var result = await EditAsync(await IdOfAsync("工匠甲"), null, ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "3"]);

        Assert.Equal(EditOutcome.Unchanged, result.Outcome);
    }
}
