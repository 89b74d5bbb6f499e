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

    public static byte[] Write(ExportTable table, ExportFormat format) =>
        format == ExportFormat.Csv ? CsvExport.Write(table) : XlsxExport.Write(table);

    /// <summary>"节创效益-20250601.csv": the base name, made safe for a file system, and the day of the export.</summary>
    public static string FileName(string baseName, DateOnly date, string extension)
    {
        var safe = new string(baseName.Trim().Select(c => s_invalidFileNameChars.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return $"{(safe.Length == 0 ? "export" : safe)}-{date:yyyyMMdd}.{extension}";
    }
}
