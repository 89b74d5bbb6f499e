using System.Text.Json;
using Dashboard.Data.Audit;
using Dashboard.Data.Changes;
using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Data.Tests.Import;

/// <summary>
/// Editing a record over <see cref="ListRecords"/>: the import's checks, a batch of one (with its competition, for an
/// entry), audited, undoable to the exact rows before, real records only, and never overwriting a newer change. A
/// craftsman first, then the other kinds case by case.
/// </summary>
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
        => EditAsync(ImportKind.Craftsmen, new RecordRef(id), seen, cells, requester);

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

    [Fact]
    public async Task Edit_AnotherTier_TheCraftsmanTakesItsRankAndUndoGivesBackBoth()
    {
        var id = await IdOfAsync("工匠甲");
        async Task<(string, int)> TierAsync()
        {
            await using var db = _database.CreateDbContext();
            var craftsman = await db.Craftsmen.Where(c => c.Id == id).Select(c => new { c.TierCode, c.TierRank }).SingleAsync(Token);
            return (craftsman.TierCode, craftsman.TierRank);
        }

        var result = await EditAsync(id, null, ["工匠甲", "市级工匠", "成都", "铁路", "成都铁路局", "2021", ""]);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        Assert.Equal(("city", 4), await TierAsync());
        Assert.Null(await _batches.UndoAsync(result.BatchId!.Value, s_staff, Token));
        Assert.Equal(("provincial", 3), await TierAsync());
    }

    /// <summary>The kinds editable beside craftsmen, whose tests follow.</summary>
    public static TheoryData<ImportKind> NewKinds => [ImportKind.Enterprises, ImportKind.Studios, ImportKind.Achievements, ImportKind.Competitions];

    /// <summary>A record of the kind, by its name (a competition entry as 竞赛/企业), with cells that pass and cells that fail.</summary>
    private sealed record EditCase(string Real, string Sample, string[] Valid, string[] Invalid, ImportError Error);

    private static EditCase Case(ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => new("企业一", "企业二", ["企业一", "成都", "铁路", "否", "2023"], ["企业一", "北京", "铁路", "是", ""],
            new ImportError(ImportErrorKind.UnknownRegion, 2, "市州", "北京")),
        ImportKind.Studios => new("工作室甲", "工作室乙", ["工作室甲", "全国级", "成都", "铁路", "企业一", "2020", "工匠甲"],
            ["工作室甲", "省级", "成都", "铁路", "", "2020", "无名氏"], new ImportError(ImportErrorKind.UnknownCraftsman, 2, "领衔工匠", "无名氏")),
        ImportKind.Achievements => new("成果一", "成果三", ["工作室甲", "2021", "五小", "成果一（改进）", "12.5万"],
            ["工作室乙", "2021", "五小", "成果一", "1000000"], new ImportError(ImportErrorKind.UnknownStudio, 2, "工作室名称", "工作室乙")),
        _ => new("竞赛一/企业一", "竞赛二/企业二", ["竞赛一（决赛）", "2023", "省级示范性", "成都", "铁路", "企业一", "120"],
            ["竞赛一", "2023", "某级", "", "", "企业一", "100"], new ImportError(ImportErrorKind.UnknownLevel, 2, "级别", "某级")),
    };

    private async Task<RecordRef> RefOfAsync(ImportKind kind, string name)
    {
        await using var db = _database.CreateDbContext();
        return kind switch
        {
            ImportKind.Enterprises => new(await db.Enterprises.Where(e => e.Name == name).Select(e => e.Id).SingleAsync(Token)),
            ImportKind.Studios => new(await db.InnovationStudios.Where(s => s.Name == name).Select(s => s.Id).SingleAsync(Token)),
            ImportKind.Achievements => new(await db.InnovationAchievements.Where(a => a.Title == name).Select(a => a.Id).SingleAsync(Token)),
            _ => await db.CompetitionEntries.Where(e => e.Competition!.Name == name.Split('/')[0] && e.Enterprise!.Name == name.Split('/')[1])
                .Select(e => new RecordRef(e.CompetitionId, e.EnterpriseId)).SingleAsync(Token),
        };
    }

    /// <summary>Every row of the tables an edit of the kind may change, as JSON: equal only when nothing differs.</summary>
    private async Task<string> SnapshotAsync(ImportKind kind)
    {
        await using var db = _database.CreateDbContext();
        object rows = kind switch
        {
            ImportKind.Enterprises => await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Token),
            ImportKind.Studios => await db.InnovationStudios.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Token),
            ImportKind.Achievements => await db.InnovationAchievements.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Token),
            _ => new
            {
                Competitions = await db.Competitions.AsNoTracking().OrderBy(c => c.Id).ToListAsync(Token),
                Entries = await db.CompetitionEntries.AsNoTracking().OrderBy(e => e.CompetitionId).ThenBy(e => e.EnterpriseId).ToListAsync(Token),
            },
        };
        return JsonSerializer.Serialize(rows);
    }

    private Task<EditResult> EditAsync(ImportKind kind, RecordRef record, DateTime? seen, string[] cells, ImportRequester? requester = null)
        => _batches.EditAsync(kind, record, seen, cells, requester ?? s_staff, Token);

    /// <summary>Adds a real 成都 enterprise, entered in 竞赛一 with <paramref name="workers"/> when given.</summary>
    private async Task AddEnterpriseAsync(string name, int? workers = null)
    {
        await using var db = _database.CreateDbContext();
        var enterprise = Enterprise(name, aboveScale: true, ListRecords.Chengdu, ListRecords.Railway, sample: false);
        db.Enterprises.Add(enterprise);
        if (workers is { } count)
        {
            db.CompetitionEntries.Add(new CompetitionEntry { Competition = await db.Competitions.AsTracking().SingleAsync(c => c.Name == "竞赛一", Token), Enterprise = enterprise, Workers = count });
        }
        await db.SaveChangesAsync(Token);
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Edit_ValidValues_SavedAndAuditedSoTheSameValuesAreThenUnchanged(ImportKind kind)
    {
        var edit = Case(kind);
        var record = await RefOfAsync(kind, edit.Real);

        var result = await EditAsync(kind, record, null, edit.Valid);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var again = await EditAsync(kind, record, await _batches.LastChangeAsync(kind, record, Token), edit.Valid);
        Assert.Equal(EditOutcome.Unchanged, again.Outcome);
        await using var db = _database.CreateDbContext();
        var audited = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RecordEdited, Token);
        Assert.Equal($"#{result.BatchId}", audited.Details);
        Assert.NotEmpty(AuditLog.ReadFields(audited.After));
        Assert.Equal(AuditLog.ReadFields(audited.Before).Keys, AuditLog.ReadFields(audited.After).Keys);
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Edit_SampleRecord_NotFoundAndNothingChanged(ImportKind kind)
    {
        var edit = Case(kind);
        var before = await SnapshotAsync(kind);

        var result = await EditAsync(kind, await RefOfAsync(kind, edit.Sample), null, edit.Valid);

        Assert.Equal(EditOutcome.NotFound, result.Outcome);
        Assert.Equal(before, await SnapshotAsync(kind));
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Edit_UnknownId_NotFound(ImportKind kind)
    {
        var real = await RefOfAsync(kind, Case(kind).Real);
        var unknown = real.EnterpriseId is null ? new RecordRef(999_999) : real with { EnterpriseId = 999_999 };

        var result = await EditAsync(kind, unknown, null, Case(kind).Valid);

        Assert.Equal(EditOutcome.NotFound, result.Outcome);
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Edit_InvalidValue_InvalidNamingTheColumnAndNothingChanged(ImportKind kind)
    {
        var edit = Case(kind);
        var before = await SnapshotAsync(kind);

        var result = await EditAsync(kind, await RefOfAsync(kind, edit.Real), null, edit.Invalid);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal([edit.Error], result.Errors);
        Assert.Equal(before, await SnapshotAsync(kind));
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Edit_SecondEditorFromTheSameRead_ConflictAndTheFirstEditKept(ImportKind kind)
    {
        var edit = Case(kind);
        var record = await RefOfAsync(kind, edit.Real);
        var seen = await _batches.LastChangeAsync(kind, record, Token);
        var first = await EditAsync(kind, record, seen, edit.Valid);
        var afterFirst = await SnapshotAsync(kind);

        var second = await EditAsync(kind, record, seen, edit.Invalid);

        Assert.Equal((EditOutcome.Saved, EditOutcome.Conflict), (first.Outcome, second.Outcome));
        Assert.Equal(afterFirst, await SnapshotAsync(kind));
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public async Task Undo_OfAnEdit_RestoresTheExactRowsBefore(ImportKind kind)
    {
        var edit = Case(kind);
        var before = await SnapshotAsync(kind);
        var result = await EditAsync(kind, await RefOfAsync(kind, edit.Real), null, edit.Valid);
        Assert.NotEqual(before, await SnapshotAsync(kind));

        var refusal = await _batches.UndoAsync(result.BatchId!.Value, s_staff, Token);

        Assert.Null(refusal);
        Assert.Equal(before, await SnapshotAsync(kind));
    }

    [Fact]
    public async Task Edit_EntryGivenAnotherEnterprise_TheEntryMovesWithTheCompetitionsChangeAndUndoRestoresBoth()
    {
        await AddEnterpriseAsync("企业五");
        var before = await SnapshotAsync(ImportKind.Competitions);
        var record = await RefOfAsync(ImportKind.Competitions, "竞赛一/企业一");

        var result = await EditAsync(ImportKind.Competitions, record, null, ["竞赛一（决赛）", "2023", "省级", "", "", "企业五", "120"]);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using (var db = _database.CreateDbContext())
        {
            var entries = await db.CompetitionEntries.Where(e => e.CompetitionId == record.Id)
                .Select(e => new { e.Enterprise!.Name, e.Workers }).OrderBy(e => e.Name).ToListAsync(Token);
            Assert.Equal([new { Name = "企业三", Workers = 30 }, new { Name = "企业二", Workers = 50 }, new { Name = "企业五", Workers = 120 }], entries);
            Assert.Equal("竞赛一（决赛）", await db.Competitions.Where(c => c.Id == record.Id).Select(c => c.Name).SingleAsync(Token));
            var changes = await db.ImportBatchChanges.Where(c => c.BatchId == result.BatchId)
                .OrderBy(c => c.Entity).ThenBy(c => c.WasAdded).Select(c => new { c.Entity, c.WasAdded, c.WasRemoved }).ToListAsync(Token);
            Assert.Equal(
                [new { Entity = nameof(Competition), WasAdded = false, WasRemoved = false }, new { Entity = nameof(CompetitionEntry), WasAdded = false, WasRemoved = true },
                    new { Entity = nameof(CompetitionEntry), WasAdded = true, WasRemoved = false }],
                changes);
        }
        Assert.Null(await _batches.UndoAsync(result.BatchId!.Value, s_staff, Token));
        Assert.Equal(before, await SnapshotAsync(ImportKind.Competitions));
    }

    [Fact]
    public async Task Edit_EntryGivenAnEnterpriseAlreadyEntered_InvalidOnTheEnterprise()
    {
        await AddEnterpriseAsync("企业五", workers: 10);

        var result = await EditAsync(ImportKind.Competitions, await RefOfAsync(ImportKind.Competitions, "竞赛一/企业一"), null,
            ["竞赛一", "2023", "省级", "", "", "企业五", "100"]);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal([new ImportError(ImportErrorKind.AlreadyEntered, 2, "参赛企业", "企业五")], result.Errors);
    }

    [Fact]
    public async Task Edit_AnotherEntryChangedTheCompetition_Conflict()
    {
        await AddEnterpriseAsync("企业五", workers: 10);
        var other = await RefOfAsync(ImportKind.Competitions, "竞赛一/企业五");
        var seen = await _batches.LastChangeAsync(ImportKind.Competitions, other, Token);
        var first = await EditAsync(ImportKind.Competitions, await RefOfAsync(ImportKind.Competitions, "竞赛一/企业一"), null,
            ["竞赛一", "2023", "全国", "", "", "企业一", "100"]);

        var second = await EditAsync(ImportKind.Competitions, other, seen, ["竞赛一", "2023", "省级", "", "", "企业五", "11"]);

        Assert.Equal((EditOutcome.Saved, EditOutcome.Conflict), (first.Outcome, second.Outcome));
    }

    [Theory]
    [InlineData(ImportKind.Enterprises, "企业一", new[] { "企业一", "自贡", "铁路", "是", "" })]
    [InlineData(ImportKind.Achievements, "成果一", new[] { "工作室甲", "2021", "五小", "成果一", "1000000" })]
    public async Task Edit_RecordOfAnotherRegion_NotFoundForABoundAccount(ImportKind kind, string name, string[] cells)
    {
        var zigong = s_staff with { Scope = new RecordScope(ListRecords.Zigong) };

        var result = await EditAsync(kind, await RefOfAsync(kind, name), null, cells, zigong);

        Assert.Equal(EditOutcome.NotFound, result.Outcome);
    }
}
