using System.IO.Compression;
using System.Text;
using Dashboard.Data.Import;

namespace Dashboard.Data.Tests.Import;

public sealed class SpreadsheetReaderTests
{
    private static readonly string[][] s_rows =
    [
        ["姓名", "梯队", "市州", "节约创效（元）"],
        ["张三", "四川工匠", "成都", "12.5万"],
        ["", "", "", ""],
        ["李四，王五", "市级工匠", "绵阳市", "1,000"],
    ];

    public static TheoryData<string, Func<MemoryStream>> Files => new()
    {
        { "UTF-8", () => TestFiles.Csv(Encoding.UTF8, bom: false, s_rows) },
        { "UTF-8 with BOM", () => TestFiles.Csv(Encoding.UTF8, bom: true, s_rows) },
        { "GBK", () => TestFiles.Csv(TestFiles.Gbk, bom: false, s_rows) },
        { "XLSX", () => TestFiles.Xlsx(s_rows) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_EachEncodingAndFormat_SameHeadersAndRowsNumberedAsTheSheet(string format, Func<MemoryStream> file)
    {
        using var stream = file();

        var (headers, rows) = SpreadsheetReader.Read(stream, format == "XLSX" ? "名单.xlsx" : "名单.csv", ImportLimits.Default);

        Assert.Equal(["姓名", "梯队", "市州", "节约创效（元）"], headers);
        Assert.Equal(
            [(2, new[] { "张三", "四川工匠", "成都", "12.5万" }), (4, new[] { "李四，王五", "市级工匠", "绵阳市", "1,000" })],
            rows.Select(r => (r.Number, r.Cells.ToArray())));
    }

    [Fact]
    public void DetectEncoding_GbkWhoseSampleEndsMidCharacter_Gb18030()
    {
        // 64 KB of GBK text, cut by the sample mid-character: still recognised as not UTF-8.
        var text = string.Concat(Enumerable.Repeat("成都市工匠", 8000));
        using var stream = new MemoryStream(TestFiles.Gbk.GetBytes(text));

        Assert.Equal("GB18030", SpreadsheetReader.DetectEncoding(stream).WebName, ignoreCase: true);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void DetectEncoding_Utf8WhoseSampleEndsMidCharacter_Utf8()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("成都市工匠", 8000));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Equal(Encoding.UTF8.WebName, SpreadsheetReader.DetectEncoding(stream).WebName);
    }

    [Fact]
    public void Read_XlsxThatUnpacksPastTheLimit_RefusedBeforeParsing()
    {
        // Arrange: 8 MB of zeros packs to a few KB; the limit here is 1 MB.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[8 * 1024 * 1024]);
        }
        stream.Position = 0;

        // Act
        var refused = Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read(stream, "bomb.xlsx", new ImportLimits(MaxUnpackedBytes: 1024 * 1024)));

        // Assert
        Assert.Equal(ImportErrorKind.TooLargeUnpacked, refused.Kind);
        Assert.True(stream.Length < 64 * 1024, $"The bomb packs to {stream.Length} bytes.");
    }

    [Theory]
    [InlineData("名单.xlsx", new byte[] { 1, 2, 3, 4 }, ImportErrorKind.Unreadable)]
    [InlineData("名单.pdf", new byte[] { 1 }, ImportErrorKind.UnsupportedFileType)]
    [InlineData("名单.csv", new byte[] { }, ImportErrorKind.NoHeader)]
    public void Read_NotASpreadsheet_RefusedWithTheReason(string fileName, byte[] content, ImportErrorKind kind)
    {
        using var stream = new MemoryStream(content);

        Assert.Equal(kind, Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read(stream, fileName, ImportLimits.Default)).Kind);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_Refused()
    {
        using var stream = new MemoryStream(new byte[2048]);

        var refused = Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read(stream, "名单.csv", new ImportLimits(MaxFileBytes: 1024)));

        Assert.Equal(ImportErrorKind.FileTooLarge, refused.Kind);
    }
}
