using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Tests.Import;

/// <summary>Import files made in the test, as an office would send them: CSV in an encoding, or an XLSX.</summary>
internal static class TestFiles
{
    static TestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    public static MemoryStream Csv(Encoding encoding, bool bom, params string[][] rows)
    {
        var text = string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(Quote)))) + "\r\n";
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(text)).ToArray();
        return new MemoryStream(bytes);
    }

    /// <summary>An XLSX whose first sheet holds <paramref name="rows"/>, text in shared strings and numbers as numbers, as Excel saves them.</summary>
    public static MemoryStream Xlsx(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c];
                    if (value.Length == 0)
                    {
                        continue;
                    }
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(decimal.TryParse(value, out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(value) }
                        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(strings.SharedStringTable, value)) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }
        stream.Position = 0;
        return stream;
    }

    private static string Share(SharedStringTable table, string text)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return (table.ChildElements.Count - 1).ToString();
    }

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
