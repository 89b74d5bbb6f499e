using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Web.Utils.Export;

/// <summary>An .xlsx workbook with one sheet: a bold header row, numbers as numeric cells, text as inline strings.</summary>
public static class XlsxExport
{
    private const uint BoldStyle = 1;

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = table.Title;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var sheetData = new SheetData();
            sheetData.Append(Row(1, table.Headers.Select(ExportCell.FromText), BoldStyle));
            for (var i = 0; i < table.Rows.Count; i++)
            {
                sheetData.Append(Row((uint)i + 2, table.Rows[i], styleIndex: null));
            }
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(sheetData);

            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = 1,
                Name = SheetName(table.Title),
            }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint rowIndex, IEnumerable<ExportCell> cells, uint? styleIndex)
    {
        var row = new Row { RowIndex = rowIndex };
        var column = 0;
        foreach (var cell in cells)
        {
            var reference = ColumnName(column++) + rowIndex;
            if (cell.Number is { } number)
            {
                row.Append(new Cell(new CellValue(number)) { CellReference = reference, StyleIndex = styleIndex });
            }
            else if (cell.Text is { } text)
            {
                var value = XmlSafe(SpreadsheetText.Neutralise(text));
                row.Append(new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = styleIndex,
                });
            }
        }
        return row;
    }

    // Font 1 is bold; cell format 1 uses it. Index 0 of each list is the default Excel expects.
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

    /// <summary>A, B, … Z, AA, AB …</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    // Sheet names are at most 31 characters and may not hold []:*?/\ (ECMA-376 Part 1, 18.2.19).
    private static string SheetName(string title)
    {
        var name = new string(title.Select(c => "[]:*?/\\".Contains(c) || char.IsControl(c) ? ' ' : c).ToArray()).Trim().Trim('\'');
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(name.Length, 31)];
    }

    // XML 1.0 cannot carry NUL or most control characters; they are dropped rather than failing the export.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
