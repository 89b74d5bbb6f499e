namespace Dashboard.Web.Utils.Export;

internal static class SpreadsheetText
{
    // OWASP's CSV-injection list: a spreadsheet reads text starting with these as a formula or a command.
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r', '\0'];

    /// <summary>Prefixes a single quote to text a spreadsheet would run as a formula ("-5" as text, "=SUM(…)").</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(s_formulaStarts, text[0]) >= 0 ? "'" + text : text;
}
