namespace Dashboard.Web.Utils.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly HashSet<char> s_invalidFileNameChars = [.. Path.GetInvalidFileNameChars(), .. "\\/:*?\"<>|"];

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    /// <summary>Writes the rows to <paramref name="output"/> as they come, holding one row at a time.</summary>
    public static Task WriteAsync(
        Stream output, ExportFormat format, string title, IReadOnlyList<string> headers,
        IAsyncEnumerable<IReadOnlyList<ExportCell>> rows, CancellationToken cancellationToken) =>
        format == ExportFormat.Csv
            ? CsvExport.WriteAsync(output, headers, rows, cancellationToken)
            : XlsxExport.WriteAsync(output, title, headers, rows, cancellationToken);

    /// <summary>A small table already in memory (a chart's numbers, a template) as a file's bytes.</summary>
    public static async Task<byte[]> WriteAsync(ExportTable table, ExportFormat format, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await WriteAsync(stream, format, table.Title, table.Headers, table.Rows.ToAsyncEnumerable(), cancellationToken);
        return stream.ToArray();
    }

    /// <summary>"节创效益-20250601.csv": the base name, made safe for a file system, and the day of the export.</summary>
    public static string FileName(string baseName, DateOnly date, string extension)
    {
        var safe = new string(baseName.Trim().Select(c => s_invalidFileNameChars.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return $"{(safe.Length == 0 ? "export" : safe)}-{date:yyyyMMdd}.{extension}";
    }
}
