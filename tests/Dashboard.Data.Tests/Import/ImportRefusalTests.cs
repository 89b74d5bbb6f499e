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
/// Each bad case the import refuses, over <see cref="ListRecords"/>: a good row first, the bad one second. The preview
/// names the row and column; the write fails; every table holds exactly what it held, by row count and checksum.
/// </summary>
public sealed class ImportRefusalTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] s_craftsmen = ["姓名", "梯队", "市州", "行业", "工作单位", "评选年份", "届次"];
    private static readonly string[] s_goodCraftsman = ["张三", "市级工匠", "成都", "铁路", "", "2025", ""];
    private static readonly string[] s_achievements = ["工作室名称", "年份", "类别", "成果名称", "节约创效（元）"];
    private static readonly string[] s_goodAchievement = ["工作室甲", "2025", "技术革新", "新成果", "12.5万"];

    private sealed record RefusalCase(string Name, ImportKind Kind, string? BoundTo, string[][] Sheet, ImportErrorKind Error, int Row, string Column, string? Value);

    private static readonly RefusalCase[] s_cases =
    [
        new RefusalCase("unknown 市州", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "火星", "", "", "2025", ""]],
            ImportErrorKind.UnknownRegion, 3, "市州", "火星"),
        new RefusalCase("unknown industry", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "成都", "炼金", "", "2025", ""]],
            ImportErrorKind.UnknownIndustry, 3, "行业", "炼金"),
        new RefusalCase("year before 2000", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "成都", "", "", "1999", ""]],
            ImportErrorKind.YearOutOfRange, 3, "评选年份", "1999"),
        new RefusalCase("year in the future", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "成都", "", "", "2027", ""]],
            ImportErrorKind.YearOutOfRange, 3, "评选年份", "2027"),
        new RefusalCase("negative amount", ImportKind.Achievements, null, [s_achievements, s_goodAchievement, ["工作室甲", "2025", "技术革新", "另一成果", "-5"]],
            ImportErrorKind.Negative, 3, "节约创效（元）", "-5"),
        new RefusalCase("non-numeric amount", ImportKind.Achievements, null, [s_achievements, s_goodAchievement, ["工作室甲", "2025", "技术革新", "另一成果", "很多"]],
            ImportErrorKind.NotAnAmount, 3, "节约创效（元）", "很多"),
        new RefusalCase("missing required column", ImportKind.Enterprises, null, [["企业名称", "市州", "行业"], ["新企业", "成都", "铁路"]],
            ImportErrorKind.MissingColumn, 1, "是否规上企业", null),
        new RefusalCase("missing required value", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["", "市级工匠", "成都", "", "", "2025", ""]],
            ImportErrorKind.Required, 3, "姓名", ""),
        new RefusalCase("duplicate row in the file", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, s_goodCraftsman],
            ImportErrorKind.DuplicateInFile, 3, "姓名", "张三"),
        new RefusalCase("届次 on a tier without", ImportKind.Craftsmen, null, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "成都", "", "", "2025", "2"]],
            ImportErrorKind.BatchNotForTier, 3, "届次", "2"),
        new RefusalCase("row of another 市州 for a bound account", ImportKind.Craftsmen, ListRecords.Chengdu, [s_craftsmen, s_goodCraftsman, ["李四", "市级工匠", "绵阳", "", "", "2025", ""]],
            ImportErrorKind.OtherRegion, 3, "市州", "绵阳"),
        new RefusalCase("unknown studio", ImportKind.Achievements, null, [s_achievements, s_goodAchievement, ["没有的工作室", "2025", "技术革新", "另一成果", "1000"]],
            ImportErrorKind.UnknownStudio, 3, "工作室名称", "没有的工作室"),
    ];

    public static TheoryData<string> Cases() => [.. s_cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_BadRow_RowAndColumnNamedAndEveryTableUnchanged(string name)
    {
        // Arrange
        var refusal = s_cases.Single(c => c.Name == name);
        await using var database = await ListFixture.CreateAsync(Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var scope = new RecordScope(refusal.BoundTo);
        var requester = new ImportRequester("staff-id", "staff", scope);
        var preview = new ImportService(new ReaderDbContextFactory(new ReaderContextPool(database.Options), new FixedRecordScope(scope)), new FixedRecordScope(scope), clock);
        var batches = new ImportBatches(database, database.Options, clock, new InProcessRecordChangeNotifier(), new AuditLog(database, clock));
        using var file = TestFiles.Csv(Encoding.UTF8, bom: true, refusal.Sheet);
        var before = await TableChecksums.OfAsync(database, typeof(ImportBatch));

        // Act
        var checkedFile = await preview.PreviewAsync(refusal.Kind, file, "导入.csv", ImportLimits.Default, Token);
        file.Position = 0;
        var id = await batches.QueueAsync(refusal.Kind, file, "导入.csv", requester, Token);
        var batch = await batches.RunAsync(id, file, ImportLimits.Default, Token);

        // Assert
        var error = Assert.Single(checkedFile.Outcome.Errors);
        Assert.Equal((refusal.Error, refusal.Row, refusal.Column, refusal.Value), (error.Kind, error.Row, error.Column, error.Value));
        Assert.Equal(ImportBatchStatus.Failed, batch.Status);
        Assert.Equal(before, await TableChecksums.OfAsync(database, typeof(ImportBatch)));
    }
}
