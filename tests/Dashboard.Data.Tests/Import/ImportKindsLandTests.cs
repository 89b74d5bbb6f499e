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

/// <summary>
/// A good file of each kind, in each format an office sends, lands completely over <see cref="ListRecords"/>, and its
/// undo leaves every record table as it was.
/// </summary>
public sealed class ImportKindsLandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// Per kind: the template's header, a row that adds a record, a row that updates one of <see cref="ListRecords"/>,
    /// and what the database then holds of the added one (a bool written as 1 or 0, as neither database writes it alike).
    /// </summary>
    private static readonly Dictionary<ImportKind, (string[] Header, string[] Row, string[] Update, Func<DashboardDbContext, Task<string>> Landed, string Expected)> s_kinds = new()
    {
        [ImportKind.Craftsmen] = (["姓名", "梯队", "市州", "行业", "工作单位", "评选年份", "届次"], ["新工匠", "四川工匠", "成都市", "铁路", "", "2025", "5"],
            ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"],
            async db => string.Join("|", await db.Craftsmen.Where(c => c.Name == "新工匠").Select(c => c.TierCode + "," + c.RegionCode + "," + c.Batch).ToListAsync(Token)),
            "provincial,510100,5"),
        [ImportKind.Enterprises] = (["企业名称", "市州", "行业", "是否规上企业", "千企行动入选年份"], ["新企业", "Chengdu", "railway", "是", "2024"], ["企业一", "成都", "铁路", "否", ""],
            async db => string.Join("|", await db.Enterprises.Where(e => e.Name == "新企业").Select(e => e.RegionCode + "," + (e.IsAboveScale ? "1" : "0") + "," + e.KeyEnterpriseYear).ToListAsync(Token)),
            "510100,1,2024"),
        [ImportKind.Competitions] = (["竞赛名称", "年份", "级别", "市州", "行业", "参赛企业", "参赛职工人数"], ["新竞赛", "2025", "省级示范性", "成都", "铁路", "企业一", "30"],
            ["竞赛一", "2023", "省级", "成都", "铁路", "企业一", "120"],
            async db => string.Join("|", await db.CompetitionEntries.Where(e => e.Competition!.Name == "新竞赛").Select(e => e.Competition!.Level + "," + e.Enterprise!.Name + "," + e.Workers).ToListAsync(Token)),
            "ProvincialDemonstration,企业一,30"),
        [ImportKind.Studios] = (["工作室名称", "级别", "市州", "行业", "依托企业", "创建年份", "领衔工匠"], ["新工作室", "省级", "成都", "铁路", "企业一", "2025", "工匠甲"],
            ["工作室甲", "省级", "成都", "铁路", "", "2019", "工匠甲"],
            async db => string.Join("|", await db.InnovationStudios.Where(s => s.Name == "新工作室").Select(s => s.Level + "," + s.Enterprise!.Name + "," + s.LeadCraftsman!.Name + "," + (s.IsCraftsmanLed ? "1" : "0")).ToListAsync(Token)),
            "Provincial,企业一,工匠甲,1"),
        [ImportKind.Achievements] = (["工作室名称", "年份", "类别", "成果名称", "节约创效（元）"], ["工作室甲", "2025", "技术革新", "新成果", "12.5万"],
            ["工作室甲", "2021", "五小", "成果一", "200万"],
            async db => string.Join("|", await db.InnovationAchievements.Where(a => a.Title == "新成果").Select(a => a.Studio!.Name + "," + a.Category + "," + a.SavingsYuan).ToListAsync(Token)),
            "工作室甲,TechnicalInnovation,125000"),
    };

    public static TheoryData<ImportKind, string> Cases()
    {
        var cases = new TheoryData<ImportKind, string>();
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            foreach (var format in new[] { "UTF-8", "UTF-8 BOM", "GBK", "XLSX" })
            {
                cases.Add(kind, format);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Import_GoodFileOfTheKind_LandsCompletelyAndUndoesExactly(ImportKind kind, string format)
        => ImportThenUndoAsync(DatabaseProvider.Sqlite, kind, format);

    /// <summary>Each kind once on PostgreSQL: the formats are the parser's business, the writes and the undo's deletes the database's.</summary>
    [Theory]
    [InlineData(ImportKind.Craftsmen)]
    [InlineData(ImportKind.Enterprises)]
    [InlineData(ImportKind.Competitions)]
    [InlineData(ImportKind.Studios)]
    [InlineData(ImportKind.Achievements)]
    public Task Import_GoodFileOfTheKindOnPostgres_LandsCompletelyAndUndoesExactly(ImportKind kind)
        => ImportThenUndoAsync(DatabaseProvider.Postgres, kind, "UTF-8");

    private static async Task ImportThenUndoAsync(DatabaseProvider provider, ImportKind kind, string format)
    {
        // Arrange
        await using var database = await ListFixture.CreateAsync(provider, Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var batches = new ImportBatches(database, database.Options, clock, new InProcessRecordChangeNotifier(), new AuditLog(database, clock));
        var (header, row, update, landed, expected) = s_kinds[kind];
        var before = await RecordTablesAsync(database);
        using var file = format switch
        {
            "UTF-8" => TestFiles.Csv(Encoding.UTF8, bom: false, header, row, update),
            "UTF-8 BOM" => TestFiles.Csv(Encoding.UTF8, bom: true, header, row, update),
            "GBK" => TestFiles.Csv(TestFiles.Gbk, bom: false, header, row, update),
            _ => TestFiles.Xlsx(header, row, update),
        };
        var fileName = format == "XLSX" ? "导入.xlsx" : "导入.csv";

        // Act
        var staff = new ImportRequester("staff-id", "staff", RecordScope.Province);
        var id = await batches.QueueAsync(kind, file, fileName, staff, Token);
        var batch = await batches.RunAsync(id, file, ImportLimits.Default, Token);
        string landedThen;
        await using (var db = database.CreateDbContext())
        {
            landedThen = await landed(db);
        }
        var changedThen = await RecordTablesAsync(database);
        var refusal = await batches.UndoAsync(id, staff, Token);

        // Assert
        Assert.True(batch.Status == ImportBatchStatus.Committed, batch.Failure);
        Assert.Equal((1, 1), (batch.Added, batch.Updated));
        Assert.Equal(expected, landedThen);
        Assert.NotEqual(before, changedThen);
        Assert.Null(refusal);
        Assert.Equal(before, await RecordTablesAsync(database));
    }

    /// <summary>The records, leaving out what an import and its undo are meant to add: the batch, its changes, the audit lines.</summary>
    private static Task<string> RecordTablesAsync(TestDatabase database)
        => TableChecksums.OfAsync(database, typeof(ImportBatch), typeof(ImportBatchChange), typeof(AuditEntry));
}
