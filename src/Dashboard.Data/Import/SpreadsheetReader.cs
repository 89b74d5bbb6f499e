using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;

namespace Dashboard.Data.Import;

/// <summary>One row under the header, numbered as the spreadsheet numbers it (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>How big an upload may be, packed and unpacked.</summary>
/// <param name="MaxFileBytes">The upload itself: 20 MB by default.</param>
/// <param name="MaxZipEntries">An XLSX is a zip; a real one holds a few dozen parts.</param>
/// <param name="MaxUnpackedBytes">What an XLSX's parts add up to unpacked, from the zip's directory, checked before any is read.</param>
public sealed record ImportLimits(long MaxFileBytes = 20 * 1024 * 1024, int MaxZipEntries = 1_000, long MaxUnpackedBytes = 512L * 1024 * 1024)
{
    public static ImportLimits Default { get; } = new();
}

/// <summary>A file that cannot be read as a spreadsheet at all; nothing in it is imported.</summary>
public sealed class SpreadsheetException(ImportErrorKind kind, string? detail = null) : Exception(detail ?? kind.ToString())
{
    public ImportErrorKind Kind { get; } = kind;
}

/// <summary>
/// Reads the first sheet of an XLSX, or a CSV in UTF-8 (with or without BOM) or GBK/GB18030, as text cells
/// under a header row, streaming: a large file is never all in memory. Cells are trimmed; empty rows are skipped.
/// </summary>
public static class SpreadsheetReader
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSupported(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>The header and the rows of <paramref name="file"/>, which must be seekable (an upload is saved first).</summary>
    /// <exception cref="SpreadsheetException">The file is too large, unreadable, a zip bomb or has no header.</exception>
    public static (IReadOnlyList<string> Headers, IEnumerable<SheetRow> Rows) Read(Stream file, string fileName, ImportLimits limits)
    {
        if (file.Length > limits.MaxFileBytes)
        {
            throw new SpreadsheetException(ImportErrorKind.FileTooLarge);
        }
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(file),
            ".xlsx" => ReadXlsx(file, limits),
            _ => throw new SpreadsheetException(ImportErrorKind.UnsupportedFileType),
        };
    }

    /// <summary>UTF-8 when the file says so (BOM) or reads as valid UTF-8; otherwise GB18030, which GBK is a subset of.</summary>
    public static Encoding DetectEncoding(Stream file)
    {
        var start = file.Position;
        var buffer = new byte[64 * 1024];
        var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        file.Position = start;
        if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            return Encoding.UTF8;
        }
        // A sample cut mid-character is still UTF-8: leave out an incomplete last sequence.
        var end = length == buffer.Length ? CompleteUtf8Length(buffer, length) : length;
        try
        {
            s_strictUtf8.GetCharCount(buffer, 0, end);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030");
        }
    }

    private static int CompleteUtf8Length(byte[] buffer, int length)
    {
        for (var back = 1; back <= Math.Min(3, length); back++)
        {
            var b = buffer[length - back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: keep its sequence only if all its continuation bytes are there.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed <= back ? length : length - back;
            }
        }
        return length;
    }

    private static (IReadOnlyList<string>, IEnumerable<SheetRow>) ReadCsv(Stream file)
    {
        var reader = new StreamReader(file, DetectEncoding(file), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 64 * 1024 });
        }
        catch (CsvMissingHeadersException)
        {
            throw new SpreadsheetException(ImportErrorKind.NoHeader);
        }
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        if (headers.All(h => h.Length == 0))
        {
            throw new SpreadsheetException(ImportErrorKind.NoHeader);
        }
        return (headers, CsvRows(csv, headers.Count));
    }

    private static IEnumerable<SheetRow> CsvRows(CsvDataReader csv, int width)
    {
        using (csv)
        {
            for (var number = 2; csv.Read(); number++)
            {
                var cells = Enumerable.Range(0, width).Select(i => i < csv.RowFieldCount ? csv.GetString(i).Trim() : "").ToArray();
                if (cells.Any(c => c.Length > 0))
                {
                    yield return new SheetRow(number, cells);
                }
            }
        }
    }

    private static (IReadOnlyList<string>, IEnumerable<SheetRow>) ReadXlsx(Stream file, ImportLimits limits)
    {
        CheckZip(file, limits);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(file, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new SpreadsheetException(ImportErrorKind.Unreadable, ex.Message);
        }
        var workbook = document.WorkbookPart;
        var firstSheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || firstSheet?.Id?.Value is not { } sheetId)
        {
            document.Dispose();
            throw new SpreadsheetException(ImportErrorKind.NoHeader);
        }
        var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
        var rows = XlsxRows(document, (WorksheetPart)workbook.GetPartById(sheetId), sharedStrings).GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Number != 1 || rows.Current.Cells.All(c => c.Length == 0))
        {
            rows.Dispose();
            throw new SpreadsheetException(ImportErrorKind.NoHeader);
        }
        var headers = rows.Current.Cells;
        return (headers, Rest(rows, headers.Count));
    }

    /// <summary>The zip's own directory says how many parts it has and how big they unpack; a bomb is refused before any is opened.</summary>
    private static void CheckZip(Stream file, ImportLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxZipEntries || zip.Entries.Sum(e => e.Length) > limits.MaxUnpackedBytes)
            {
                throw new SpreadsheetException(ImportErrorKind.TooLargeUnpacked);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SpreadsheetException(ImportErrorKind.Unreadable, ex.Message);
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }
        return strings;
    }

    private static IEnumerable<SheetRow> XlsxRows(SpreadsheetDocument document, WorksheetPart sheet, List<string> sharedStrings)
    {
        using (document)
        using (var reader = OpenXmlReader.Create(sheet))
        {
            var lastNumber = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (int?)row.RowIndex?.Value ?? lastNumber + 1;
                lastNumber = number;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }
                    cells.Add(CellText(cell, sharedStrings).Trim());
                }
                yield return new SheetRow(number, cells);
            }
        }
    }

    private static IEnumerable<SheetRow> Rest(IEnumerator<SheetRow> rows, int width)
    {
        using (rows)
        {
            while (rows.MoveNext())
            {
                var cells = rows.Current.Cells;
                if (cells.Any(c => c.Length > 0))
                {
                    yield return rows.Current with { Cells = [.. Enumerable.Range(0, width).Select(i => i < cells.Count ? cells[i] : "")] };
                }
            }
        }
    }

    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < sharedStrings.Count
            ? sharedStrings[index]
            : value;
    }

    /// <summary>"C12" → 2: the letters of a cell reference as a zero-based column.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
