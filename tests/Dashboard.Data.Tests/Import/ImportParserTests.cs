using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;

namespace Dashboard.Data.Tests.Import;

/// <summary>A file is checked whole before anything is written: every problem with its row, column, value and what was expected.</summary>
public sealed class ImportParserTests : IAsyncLifetime
{
    private const int ThisYear = 2026;
    private static readonly string[] s_header = ["姓名", "梯队", "市州", "行业", "工作单位", "评选年份", "届次"];

    private SqliteTestDatabase _database = null!;
    private ImportVocabulary _vocabulary = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        await using var db = _database.CreateDbContext();
        _vocabulary = await ImportVocabulary.LoadAsync(db, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private ParsedImport<CraftsmanImport> Parse(string[] header, string[][] rows, RecordScope? scope = null)
        => ImportParser.Parse(new CraftsmanImportDefinition(), header,
            rows.Select((cells, i) => new SheetRow(i + 2, cells)), _vocabulary, scope ?? RecordScope.Province, ThisYear);

    [Fact]
    public void Parse_GoodRows_NamesAndCodesResolved()
    {
        var result = Parse(s_header,
        [
            ["张三", "四川工匠", "成都", "装备制造", "东方电气", "2024", "4"],
            ["李四", "city", "510700", "electronic-information", "", "", ""],
            ["王五", "大国工匠", "绵阳市", "", "", "2020", ""],
        ]);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(
            [
                (2, new CraftsmanImport("张三", "provincial", "510100", "equipment-manufacturing", "东方电气", 2024, 4)),
                (3, new CraftsmanImport("李四", "city", "510700", "electronic-information", null, null, null)),
                (4, new CraftsmanImport("王五", "national", "510700", null, null, 2020, null)),
            ],
            result.Rows);
    }

    [Fact]
    public void Parse_EnglishHeadersInAnotherOrder_Accepted()
    {
        var result = Parse(["Tier", "Name", "City"], [["city", "李四", "Chengdu"]]);

        Assert.Equal(new CraftsmanImport("李四", "city", "510100", null, null, null, null), Assert.Single(result.Rows).Value);
    }

    [Fact]
    public void Parse_NamesInAnyCaseWithSpaceAround_Resolved()
    {
        var result = Parse(["Tier", "Name", "City", "Industry"], [["CITY", "李四", " chengdu ", "Electronic-Information"]]);

        Assert.Equal(new CraftsmanImport("李四", "city", "510100", "electronic-information", null, null, null), Assert.Single(result.Rows).Value);
        Assert.Equal((CompetitionLevel.National, AchievementCategory.FiveSmall), (ImportVocabulary.CompetitionLevelOf(" national"), ImportVocabulary.CategoryOf("fivesmall")));
    }

    [Fact]
    public void Parse_MissingRequiredColumn_OneErrorForTheHeaderAndNoRows()
    {
        var result = Parse(["姓名", "市州"], [["张三", "成都"]]);

        Assert.Equal([new ImportError(ImportErrorKind.MissingColumn, 1, "梯队")], result.Errors);
        Assert.Empty(result.Rows);
    }

    public static TheoryData<string[], ImportError> BadRows => new()
    {
        { ["张三", "四川工匠", "北京", "", "", "", ""], new(ImportErrorKind.UnknownRegion, 2, "市州", "北京") },
        { ["张三", "四川工匠", "", "航天", "", "", ""], new(ImportErrorKind.UnknownIndustry, 2, "行业", "航天") },
        { ["张三", "省级劳模", "", "", "", "", ""], new(ImportErrorKind.UnknownTier, 2, "梯队", "省级劳模") },
        { ["张三", "四川工匠", "", "", "", "1999", ""], new(ImportErrorKind.YearOutOfRange, 2, "评选年份", "1999", "2000–2026") },
        { ["张三", "四川工匠", "", "", "", "2027", ""], new(ImportErrorKind.YearOutOfRange, 2, "评选年份", "2027", "2000–2026") },
        { ["张三", "四川工匠", "", "", "", "去年", ""], new(ImportErrorKind.NotAYear, 2, "评选年份", "去年") },
        { ["张三", "四川工匠", "", "", "", "", "-1"], new(ImportErrorKind.Negative, 2, "届次", "-1") },
        { ["张三", "四川工匠", "", "", "", "", "第四届"], new(ImportErrorKind.NotAWholeNumber, 2, "届次", "第四届") },
        { ["", "四川工匠", "", "", "", "", ""], new(ImportErrorKind.Required, 2, "姓名", "") },
        { ["张三", "市级工匠", "", "", "", "", "3"], new(ImportErrorKind.BatchNotForTier, 2, "届次", "3") },
        { [new string('长', 51), "市级工匠", "", "", "", "", ""], new(ImportErrorKind.TooLong, 2, "姓名", new string('长', 40) + "…", "50") },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Parse_BadCell_ErrorNamesRowColumnValueAndExpectation(string[] row, ImportError expected)
    {
        var result = Parse(s_header, [["赵六", "市级工匠", "", "", "", "", ""], row]);

        Assert.Equal([expected with { Row = 3 }], result.Errors);
        Assert.Single(result.Rows);
    }

    [Fact]
    public void Parse_SameKeyTwice_DuplicateNamesTheFirstRow()
    {
        var result = Parse(s_header,
        [
            ["张三", "四川工匠", "成都", "", "东方电气", "", ""],
            ["李四", "四川工匠", "成都", "", "东方电气", "", ""],
            ["张三", "provincial", "510100", "", "东方电气", "2024", ""],
        ]);

        Assert.Equal([new ImportError(ImportErrorKind.DuplicateInFile, 4, "姓名", "张三", "2")], result.Errors);
    }

    [Fact]
    public void Parse_ManyProblems_AllListedNotOnlyTheFirst()
    {
        var result = Parse(s_header,
        [
            ["张三", "四川工匠", "北京", "航天", "", "1999", ""],
            ["", "皇帝", "", "", "", "", ""],
        ]);

        Assert.Equal(
            [ImportErrorKind.UnknownRegion, ImportErrorKind.UnknownIndustry, ImportErrorKind.YearOutOfRange, ImportErrorKind.Required, ImportErrorKind.UnknownTier],
            result.Errors.Select(e => e.Kind));
    }

    [Fact]
    public void Parse_BoundToChengdu_RowsOfOtherOrNoRegionRefused()
    {
        var result = Parse(s_header,
        [
            ["张三", "四川工匠", "成都", "", "", "", ""],
            ["李四", "四川工匠", "绵阳", "", "", "", ""],
            ["王五", "四川工匠", "", "", "", "", ""],
        ], new RecordScope("510100"));

        Assert.Equal(["张三"], result.Rows.Select(r => r.Value.Name));
        Assert.Equal(
            [new ImportError(ImportErrorKind.OtherRegion, 3, "市州", "绵阳", "510100"), new ImportError(ImportErrorKind.OtherRegion, 4, "市州", "", "510100")],
            result.Errors);
    }

    [Fact]
    public void Parse_Achievements_AmountsInWanAndYiExact()
    {
        var result = ImportParser.Parse(new AchievementImportDefinition(), ["工作室名称", "年份", "类别", "成果名称", "节约创效（元）"],
            [new SheetRow(2, ["某工作室", "2024", "技术革新", "新工装", "12.5万"]), new SheetRow(3, ["某工作室", "2024", "合理化建议", "新流程", "2.33亿"])],
            _vocabulary, RecordScope.Province, ThisYear);

        Assert.Equal([125_000L, 233_000_000L], result.Rows.Select(r => r.Value.SavingsYuan));
    }
}
