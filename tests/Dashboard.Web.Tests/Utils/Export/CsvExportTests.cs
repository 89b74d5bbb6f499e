using System.Text;
using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Tests.Utils.Export;

public class CsvExportTests
{
    [Fact]
    public async Task Write_AnyTable_StartsWithTheUtf8ByteOrderMark()
    {
        var bytes = await Csv(new ExportTable("t", ["a"], []));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public async Task Write_ChineseTextAndNumbers_RoundTripsWithCrlfRows()
    {
        var table = new ExportTable("节创效益", ["年份", "节创效益 (亿元)"], [["2023", 219.2m], ["2024", 225.3m]]);

        var text = Read(await Csv(table));

        Assert.Equal("年份,节创效益 (亿元)\r\n2023,219.2\r\n2024,225.3\r\n", text);
    }

    [Theory]
    [InlineData("成都, 德阳", "\"成都, 德阳\"")]
    [InlineData("称\"大国工匠\"", "\"称\"\"大国工匠\"\"\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData("普通文字", "普通文字")]
    public async Task Write_TextWithSeparators_QuotesPerRfc4180(string cell, string expected)
    {
        var text = Read(await Csv(new ExportTable("t", ["h"], [[cell]])));

        Assert.Equal($"h\r\n{expected}\r\n", text);
    }

    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+86", "'+86")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\0x", "'\0x")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("a=b", "a=b")]
    public async Task Write_TextStartingAsAFormula_IsPrefixedWithAQuote(string cell, string expected)
    {
        var text = Read(await Csv(new ExportTable("t", ["h"], [[cell]])));

        Assert.Equal($"h\r\n{expected}\r\n", text);
    }

    [Fact]
    public async Task Write_HeaderStartingAsAFormula_IsNeutralisedToo()
    {
        var text = Read(await Csv(new ExportTable("t", ["=x"], [])));

        Assert.Equal("'=x\r\n", text);
    }

    [Theory]
    [InlineData("-5", "-5")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("0.001", "0.001")]
    [InlineData("-1234567.89", "-1234567.89")]
    public async Task Write_Numbers_AreWrittenInvariantAndNeverNeutralised(string value, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var text = Read(await Csv(new ExportTable("t", ["h"], [[number]])));

        Assert.Equal($"h\r\n{expected}\r\n", text);
    }

    [Fact]
    public async Task Write_UnderAGermanCulture_StillWritesAPointDecimal()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = Read(await Csv(new ExportTable("t", ["h"], [[1234.5m]])));

            Assert.Equal("h\r\n1234.5\r\n", text);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Write_EmptyCells_LeaveEmptyFields()
    {
        var text = Read(await Csv(new ExportTable("t", ["a", "b", "c"], [[ExportCell.Empty, 1m, ExportCell.FromNumber((double?)null)]])));

        Assert.Equal("a,b,c\r\n,1,\r\n", text);
    }

    private static Task<byte[]> Csv(ExportTable table) => ExportFormats.WriteAsync(table, ExportFormat.Csv, Xunit.TestContext.Current.CancellationToken);

    private static string Read(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes, 3, bytes.Length - 3);
}
