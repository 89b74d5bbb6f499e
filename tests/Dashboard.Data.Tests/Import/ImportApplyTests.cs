using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Tests.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Import;

/// <summary>
/// Checked rows applied to <see cref="ListRecords"/>: what a preview reports, and what saving them through
/// <see cref="ImportWriter"/>, as a batch does, then holds and records.
/// </summary>
public sealed class ImportApplyTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await ListFixture.CreateAsync(Token);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>Saves an applied outcome as a batch does: through the writer, in one transaction.</summary>
    private static async Task<List<ImportBatchChange>> SaveAsync(DashboardDbContext db, ImportOutcome outcome)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(Token);
        var changes = await ImportWriter.SaveAsync(db, outcome, Token);
        await transaction.CommitAsync(Token);
        return changes;
    }

    [Fact]
    public async Task Craftsmen_KeyOfARealRecord_UpdatesIt_OthersAdded_SampleNeverMatched_EachRecorded()
    {
        // Arrange: 工匠甲 (real) in a new 届; 张三 new, working at 企业一; 工匠乙's key, but 工匠乙 is a sample record.
        (int, CraftsmanImport)[] rows =
        [
            (2, new CraftsmanImport("工匠甲", "provincial", Chengdu, Railway, "成都铁路局", 2021, 4)),
            (3, new CraftsmanImport("张三", "city", Chengdu, Railway, "企业一", 2025, null)),
            (4, new CraftsmanImport("工匠乙", "provincial", Chengdu, Electronics, "示例电子厂", 2022, 4)),
        ];
        await using var db = _database.CreateDbContext();

        // Act
        var outcome = await new CraftsmanImportDefinition().ApplyAsync(db, rows, Token);
        var changes = await SaveAsync(db, outcome);

        // Assert
        Assert.Empty(outcome.Errors);
        Assert.Equal((2, 1, 0), (outcome.Added, outcome.Updated, outcome.Unchanged));
        var update = Assert.Single(outcome.Rows, r => !r.IsNew);
        Assert.Equal(2, update.Row);
        Assert.Equal([new FieldChange(CraftsmanImportDefinition.Batch, "3", "4")], update.Fields);
        await using var after = _database.CreateDbContext();
        var updated = await after.Craftsmen.SingleAsync(c => c.Name == "工匠甲", Token);
        Assert.Equal(4, updated.Batch);
        Assert.Equal(2, await after.Craftsmen.CountAsync(c => c.Name == "工匠乙", Token));
        var added = await after.Craftsmen.SingleAsync(c => c.Name == "张三", Token);
        Assert.False(added.IsSample);
        Assert.NotNull(added.EnterpriseId);
        var namesake = await after.Craftsmen.SingleAsync(c => c.Name == "工匠乙" && !c.IsSample, Token);
        var recorded = Assert.Single(changes, c => !c.WasAdded);
        Assert.Equal(("Craftsman", $"{{\"Id\":{updated.Id}}}", "{\"Batch\":3}"), (recorded.Entity, recorded.RecordKey, recorded.Before));
        var (first, last) = (Math.Min(added.Id, namesake.Id), Math.Max(added.Id, namesake.Id));
        var run = Assert.Single(changes, c => c.WasAdded);
        Assert.Equal(($"{{\"Id\":{first}}}", first, last), (run.RecordKey, run.FirstId, run.LastId));
    }

    [Fact]
    public async Task Craftsmen_NewRecords_HandedBackUntracked()
    {
        await using var db = _database.CreateDbContext();

        var outcome = await new CraftsmanImportDefinition().ApplyAsync(db,
            [(2, new CraftsmanImport("张三", "city", Chengdu, Railway, "企业一", 2025, null))], Token);

        Assert.Equal("张三", Assert.IsType<Craftsman>(Assert.Single(outcome.NewRecords)).Name);
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Fact]
    public async Task Writer_RecordAddedToTheContextInstead_Refused_NothingWritten()
    {
        await using var db = _database.CreateDbContext();
        db.Add(RecordBuilders.Craftsman("李四", "city"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SaveAsync(db, new ImportOutcome([], [])));

        await using var after = _database.CreateDbContext();
        Assert.False(await after.Craftsmen.AnyAsync(c => c.Name == "李四", Token));
    }

    [Fact]
    public async Task Craftsmen_SameValuesAgain_Unchanged()
    {
        await using var db = _database.CreateDbContext();

        var outcome = await new CraftsmanImportDefinition().ApplyAsync(db,
            [(2, new CraftsmanImport("工匠甲", "provincial", Chengdu, Railway, "成都铁路局", 2021, 3))], Token);

        Assert.Equal((0, 0, 1), (outcome.Added, outcome.Updated, outcome.Unchanged));
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Fact]
    public async Task Competitions_EntryOfARealEnterprise_UpdatedOrAdded_UnknownEnterpriseAnError()
    {
        (int, CompetitionEntryImport)[] rows =
        [
            (2, new CompetitionEntryImport("竞赛一", 2023, CompetitionLevel.Provincial, null, null, "企业一", 120)),
            (3, new CompetitionEntryImport("新竞赛", 2025, CompetitionLevel.City, Chengdu, Railway, "企业一", 15)),
            (4, new CompetitionEntryImport("新竞赛", 2025, CompetitionLevel.City, Chengdu, Railway, "不存在的企业", 5)),
        ];
        await using var db = _database.CreateDbContext();

        var outcome = await new CompetitionEntryImportDefinition().ApplyAsync(db, rows, Token);

        Assert.Equal([new ImportError(ImportErrorKind.UnknownEnterprise, 4, "参赛企业", "不存在的企业")], outcome.Errors);
        Assert.Equal([new FieldChange(CompetitionEntryImportDefinition.Workers, "100", "120")], outcome.Rows.Single(r => r.Row == 2).Fields);
        Assert.True(outcome.Rows.Single(r => r.Row == 3).IsNew);
    }

    [Fact]
    public async Task Competitions_NewCompetitionAndEntries_WrittenWithTheCompetitionsKey_EachRecorded()
    {
        (int, CompetitionEntryImport)[] rows =
        [
            (2, new CompetitionEntryImport("竞赛四", 2022, CompetitionLevel.National, null, null, "企业一", 7)),
            (3, new CompetitionEntryImport("新竞赛", 2025, CompetitionLevel.City, Chengdu, Railway, "企业一", 15)),
        ];
        await using var db = _database.CreateDbContext();

        var outcome = await new CompetitionEntryImportDefinition().ApplyAsync(db, rows, Token);
        var changes = await SaveAsync(db, outcome);

        await using var after = _database.CreateDbContext();
        var existing = await after.Competitions.Include(c => c.Entries).SingleAsync(c => c.Name == "竞赛四", Token);
        var created = await after.Competitions.Include(c => c.Entries).SingleAsync(c => c.Name == "新竞赛", Token);
        var enterprise = await after.Enterprises.Where(e => e.Name == "企业一").Select(e => e.Id).SingleAsync(Token);
        Assert.Equal(7, Assert.Single(existing.Entries).Workers);
        Assert.Equal((enterprise, 15), (Assert.Single(created.Entries).EnterpriseId, created.Entries[0].Workers));
        Assert.Equal(
            [
                ("Competition", $"{{\"Id\":{created.Id}}}"),
                ("CompetitionEntry", $"{{\"CompetitionId\":{existing.Id},\"EnterpriseId\":{enterprise}}}"),
                ("CompetitionEntry", $"{{\"CompetitionId\":{created.Id},\"EnterpriseId\":{enterprise}}}"),
            ],
            changes.Where(c => c.WasAdded).Select(c => (c.Entity, c.RecordKey)).OrderBy(c => c.Entity).ThenBy(c => c.RecordKey));
    }

    [Fact]
    public async Task Achievements_OfARealStudio_Added_AmountExact_UnknownStudioAnError()
    {
        (int, AchievementImport)[] rows =
        [
            (2, new AchievementImport("工作室甲", 2025, AchievementCategory.TechnicalInnovation, "新工装", 125_000)),
            (3, new AchievementImport("工作室乙", 2025, AchievementCategory.FiveSmall, "样品", 1)),
        ];
        await using var db = _database.CreateDbContext();

        var outcome = await new AchievementImportDefinition().ApplyAsync(db, rows, Token);
        await SaveAsync(db, outcome);

        // 工作室乙 is a sample studio: an import never hangs real records on sample ones.
        Assert.Equal([new ImportError(ImportErrorKind.UnknownStudio, 3, "工作室名称", "工作室乙")], outcome.Errors);
        await using var after = _database.CreateDbContext();
        Assert.Equal(125_000, await after.InnovationAchievements.Where(a => a.Title == "新工装").Select(a => a.SavingsYuan).SingleAsync(Token));
    }

    [Fact]
    public async Task Studios_LeadCraftsmanAndEnterpriseByName_Linked()
    {
        await using var db = _database.CreateDbContext();

        var outcome = await new StudioImportDefinition().ApplyAsync(db,
            [(2, new StudioImport("工作室丁", StudioLevel.Provincial, Chengdu, Railway, "企业一", 2025, "工匠甲"))], Token);
        await SaveAsync(db, outcome);

        Assert.Empty(outcome.Errors);
        await using var after = _database.CreateDbContext();
        var studio = await after.InnovationStudios.Include(s => s.LeadCraftsman).Include(s => s.Enterprise).SingleAsync(s => s.Name == "工作室丁", Token);
        Assert.Equal(("工匠甲", "企业一", true), (studio.LeadCraftsman!.Name, studio.Enterprise!.Name, studio.IsCraftsmanLed));
    }

    [Fact]
    public async Task Enterprises_ExistingByName_FieldsCompared()
    {
        await using var db = _database.CreateDbContext();

        var outcome = await new EnterpriseImportDefinition().ApplyAsync(db,
            [(2, new EnterpriseImport("企业一", Chengdu, Railway, IsAboveScale: false, 2024))], Token);

        Assert.Equal(
            [new FieldChange(EnterpriseImportDefinition.AboveScale, "是", "否"), new FieldChange(EnterpriseImportDefinition.KeyEnterpriseYear, null, "2024")],
            Assert.Single(outcome.Rows).Fields);
    }
}
