using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace Dashboard.Web.Utils.Export;

/// <summary>
/// An .xlsx workbook with one sheet: a bold header row, numbers as numeric cells, text as inline strings. The sheet's
/// XML is written into its zip entry row by row as the rows come, so a list of any length is never held whole.
/// </summary>
public static class XlsxExport
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string BoldStyle = "1";

    // The package around the sheet (ECMA-376 Part 1 and Part 2): content types, relationships, styles, the title.
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
        """;

    private const string WorkbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """;

    // Font 1 is bold; cell format 1 uses it. Index 0 of each list is the default Excel expects.
    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font/><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>
        """;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(
        Stream output, string title, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<ExportCell>> rows, CancellationToken cancellationToken)
    {
        var pending = new PendingBytes(output);
        await using (var zip = await ZipArchive.CreateAsync(pending, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            await WriteEntriesAsync(zip, pending, title, headers, rows, cancellationToken);
        }
        await pending.SendAsync(cancellationToken);
    }

    private static async Task WriteEntriesAsync(
        ZipArchive zip, PendingBytes pending, string title, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<ExportCell>> rows,
        CancellationToken cancellationToken)
    {
        await WriteEntryAsync(zip, "[Content_Types].xml", ContentTypes, cancellationToken);
        await WriteEntryAsync(zip, "_rels/.rels", PackageRelationships, cancellationToken);
        await WriteEntryAsync(zip, "docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            $"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{SecurityElement.Escape(XmlSafe(title))}</dc:title></cp:coreProperties>", cancellationToken);
        await WriteEntryAsync(zip, "xl/workbook.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            $"<sheets><sheet name=\"{SecurityElement.Escape(SheetName(title))}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", cancellationToken);
        await WriteEntryAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships, cancellationToken);
        await WriteEntryAsync(zip, "xl/styles.xml", Styles, cancellationToken);

        await using var sheet = await zip.CreateEntry("xl/worksheets/sheet1.xml").OpenAsync(cancellationToken);
        await using var xml = XmlWriter.Create(sheet, new XmlWriterSettings { Async = true, Encoding = s_utf8 });
        await xml.WriteStartDocumentAsync(standalone: true);
        await xml.WriteStartElementAsync(null, "worksheet", MainNamespace);
        await xml.WriteStartElementAsync(null, "sheetData", MainNamespace);
        await WriteRowAsync(xml, 1, headers.Select(ExportCell.FromText), BoldStyle);
        var rowIndex = 1;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(xml, ++rowIndex, row, style: null);
            await pending.SendWhenFullAsync(cancellationToken);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string content, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name).OpenAsync(cancellationToken);
        await entry.WriteAsync(s_utf8.GetBytes(content), cancellationToken);
    }

    private static async Task WriteRowAsync(XmlWriter xml, int rowIndex, IEnumerable<ExportCell> cells, string? style)
    {
        var row = rowIndex.ToString(CultureInfo.InvariantCulture);
        await xml.WriteStartElementAsync(null, "row", MainNamespace);
        await xml.WriteAttributeStringAsync(null, "r", null, row);
        var column = 0;
        foreach (var cell in cells)
        {
            var reference = ColumnName(column++) + row;
            if (cell.Number is { } number)
            {
                await StartCellAsync(xml, reference, style, type: null);
                await xml.WriteElementStringAsync(null, "v", MainNamespace, number.ToString(CultureInfo.InvariantCulture));
                await xml.WriteEndElementAsync();
            }
            else if (cell.Text is { } text)
            {
                await StartCellAsync(xml, reference, style, type: "inlineStr");
                await xml.WriteStartElementAsync(null, "is", MainNamespace);
                await xml.WriteStartElementAsync(null, "t", MainNamespace);
                await xml.WriteAttributeStringAsync("xml", "space", null, "preserve");
                await xml.WriteStringAsync(XmlSafe(SpreadsheetText.Neutralise(text)));
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }
        }
        await xml.WriteEndElementAsync();
    }

    private static async Task StartCellAsync(XmlWriter xml, string reference, string? style, string? type)
    {
        await xml.WriteStartElementAsync(null, "c", MainNamespace);
        await xml.WriteAttributeStringAsync(null, "r", null, reference);
        if (style is not null)
        {
            await xml.WriteAttributeStringAsync(null, "s", null, style);
        }
        if (type is not null)
        {
            await xml.WriteAttributeStringAsync(null, "t", null, type);
        }
    }

    /// <summary>
    /// Holds what the zip writes until it is sent on to <paramref name="output"/> asynchronously. System.IO.Compression
    /// writes an entry's last block synchronously when the entry closes, which a response body refuses; here that
    /// write lands in memory, at most one block or <see cref="SendWhenFullAsync"/>'s threshold at a time.
    /// </summary>
    private sealed class PendingBytes(Stream output) : Stream
    {
        private const int Threshold = 64 * 1024;
        private readonly MemoryStream _pending = new();
        private long _sent;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _sent + _pending.Length;
        public override long Position { get => Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _pending.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public Task SendWhenFullAsync(CancellationToken cancellationToken) => _pending.Length >= Threshold ? SendAsync(cancellationToken) : Task.CompletedTask;

        public async Task SendAsync(CancellationToken cancellationToken)
        {
            await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
            _sent += _pending.Length;
            _pending.SetLength(0);
        }

        public override void Flush() { }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

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
