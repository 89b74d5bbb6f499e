using Dashboard.Data.Import;

namespace Dashboard.Data.Tests.Import;

public sealed class ImportCellsTests
{
    [Theory]
    [InlineData("1250000", 1_250_000L)]
    [InlineData("1,250,000", 1_250_000L)]
    [InlineData("125万", 1_250_000L)]
    [InlineData("12.5万", 125_000L)]
    [InlineData("12.5万元", 125_000L)]
    [InlineData("3亿", 300_000_000L)]
    [InlineData("3亿元", 300_000_000L)]
    [InlineData("0.0001亿", 10_000L)]
    [InlineData("2.33亿", 233_000_000L)]
    [InlineData("-5", -5L)]
    [InlineData("0", 0L)]
    public void Yuan_PlainOrWithWanOrYi_ExactWholeYuan(string text, long expected)
        => Assert.Equal(expected, ImportCells.Yuan(text));

    [Theory]
    [InlineData("12.5")]
    [InlineData("1.23456万")]
    [InlineData("abc")]
    [InlineData("万")]
    [InlineData("1e5")]
    [InlineData("99999999999999999999亿")]
    public void Yuan_NotAWholeAmountOfYuan_Null(string text) => Assert.Null(ImportCells.Yuan(text));

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Yes", true)]
    [InlineData("n", false)]
    [InlineData("1", true)]
    [InlineData("规上", null)]
    public void YesNo_ChineseAndEnglishWords(string text, bool? expected) => Assert.Equal(expected, ImportCells.YesNo(text));
}
