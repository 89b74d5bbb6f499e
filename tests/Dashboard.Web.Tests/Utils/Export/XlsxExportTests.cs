using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Tests.Utils.Export;

public class XlsxExportTests
{
    private static readonly ExportTable s_table = new("节创效益", ["年份", "节创效益 (亿元)", "公布数"],
        [["2023", 219.2m, -5m], ["2024", 225.3m, "-5"], ["2025", ExportCell.Empty, "=1+1"]]);

    [Fact]
    public async Task Write_Table_IsAValidWorkbookWithOneSheetNamedAfterTheTitle()
    {
        using var document = Open(await Xlsx(s_table));

        Assert.Empty(new OpenXmlValidator().Validate(document, Xunit.TestContext.Current.CancellationToken));
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("节创效益", sheet.Name?.Value);
        Assert.Equal("节创效益", document.PackageProperties.Title);
    }

    [Fact]
    public async Task Write_Table_ReadsBackTheSameRowsWithChineseIntact()
    {
        using var document = Open(await Xlsx(s_table));

        Assert.Equal(
            [
                ["年份", "节创效益 (亿元)", "公布数"],
                ["2023", "219.2", "-5"],
                ["2024", "225.3", "'-5"],
                ["2025", "'=1+1"],
            ],
            Rows(document).Select(r => r.Select(c => c.Value).ToArray()).ToArray());
    }

    [Fact]
    public async Task Write_Numbers_AreNumericCellsAndTextIsString()
    {
        using var document = Open(await Xlsx(s_table));

        var row = Rows(document)[1];
        Assert.Equal([false, true, true], row.Select(c => c.IsNumber));
        Assert.Equal(["A2", "B2", "C2"], row.Select(c => c.Reference));
        Assert.False(Rows(document)[2][2].IsNumber);
    }

    [Fact]
    public async Task Write_HeaderRow_IsBold()
    {
        using var document = Open(await Xlsx(s_table));

        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        bool IsBold(Cell cell) => fonts[(int)(formats[(int)(cell.StyleIndex?.Value ?? 0)].FontId?.Value ?? 0)].Bold is not null;
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.All(rows[0].Elements<Cell>(), c => Assert.True(IsBold(c)));
        Assert.DoesNotContain(rows[1].Elements<Cell>(), IsBold);
    }

    [Fact]
    public async Task Write_ControlCharactersAndAnOddTitle_StillMakeAValidWorkbook()
    {
        var table = new ExportTable("市州/行业: [2024]", ["h"], [["\0x"], [" 前后空格 "]]);

        using var document = Open(await Xlsx(table));

        Assert.Empty(new OpenXmlValidator().Validate(document, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal("市州 行业   2024", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
        Assert.Equal(["'x", " 前后空格 "], Rows(document).Skip(1).Select(r => r[0].Value));
    }

    private static Task<byte[]> Xlsx(ExportTable table) => ExportFormats.WriteAsync(table, ExportFormat.Xlsx, Xunit.TestContext.Current.CancellationToken);

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    private sealed record ReadCell(string? Reference, string Value, bool IsNumber);

    private static List<List<ReadCell>> Rows(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(ReadCellOf).ToList())
            .ToList();

    private static ReadCell ReadCellOf(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? new(cell.CellReference?.Value, cell.InlineString!.Text!.Text, IsNumber: false)
        : new(cell.CellReference?.Value, cell.CellValue!.Text, IsNumber: cell.DataType is null || cell.DataType.Value == CellValues.Number);
}
