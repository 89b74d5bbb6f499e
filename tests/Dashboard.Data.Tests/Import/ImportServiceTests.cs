using System.Text;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>A file previewed as a reader bound to 成都, over <see cref="ListRecords"/>: what it would do, and nothing written.</summary>
public sealed class ImportServiceTests : IAsyncLifetime
{
    private static readonly string[] s_header = ["姓名", "梯队", "市州", "行业", "工作单位", "评选年份", "届次"];

    private SqliteTestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await ListFixture.CreateAsync(Token);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private ImportService Service(RecordScope scope)
        => new(new ReaderDbContextFactory(new ReaderContextPool(_database.Options), new FixedRecordScope(scope)), new FixedRecordScope(scope),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Preview_GbkCsvAsChengdu_CountsMoveAndNothingIsWritten()
    {
        // Arrange: 工匠甲 in a new 届, and a new craftsman, in a GBK file as Chinese Excel saves it
        using var file = TestFiles.Csv(TestFiles.Gbk, bom: false, s_header,
            ["工匠甲", "四川工匠", "成都", "铁路", "成都铁路局", "2021", "4"],
            ["张三", "市级工匠", "成都市", "铁路", "", "2025", ""]);

        // Act
        var preview = await Service(new RecordScope(ListRecords.Chengdu)).PreviewAsync(ImportKind.Craftsmen, file, "名单.csv", ImportLimits.Default, Token);

        // Assert: 成都 holds 5 craftsmen; one is added, one updated
        Assert.True(preview.CanImport, string.Join("; ", preview.Outcome.Errors));
        Assert.Equal((5, 6, 1, 1), (preview.CountBefore, preview.CountAfter, preview.Outcome.Added, preview.Outcome.Updated));
        await using var db = _database.CreateDbContext();
        Assert.Equal(8, await db.Craftsmen.CountAsync(Token));
        Assert.Equal(3, await db.Craftsmen.Where(c => c.Name == "工匠甲").Select(c => c.Batch).SingleAsync(Token));
    }

    [Fact]
    public async Task Preview_AsChengduWithAMianyangRow_RefusedWithTheRowNamed()
    {
        using var file = TestFiles.Xlsx(s_header, ["张三", "市级工匠", "成都", "", "", "", ""], ["李四", "市级工匠", "绵阳", "", "", "", ""]);

        var preview = await Service(new RecordScope(ListRecords.Chengdu)).PreviewAsync(ImportKind.Craftsmen, file, "名单.xlsx", ImportLimits.Default, Token);

        Assert.False(preview.CanImport);
        Assert.Equal([new ImportError(ImportErrorKind.OtherRegion, 3, "市州", "绵阳", ListRecords.Chengdu)], preview.Outcome.Errors);
    }
}
