using System.Globalization;
using System.Text;

namespace Dashboard.Web.Utils.Export;

/// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark, without which Excel reads Chinese as mojibake.</summary>
public static class CsvExport
{
    public static byte[] Write(ExportTable table)
    {
        var csv = new StringBuilder();
        AppendRow(csv, table.Headers.Select(ExportCell.FromText));
        foreach (var row in table.Rows)
        {
            AppendRow(csv, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<ExportCell> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }
            first = false;
            if (cell.Number is { } number)
            {
                csv.Append(number.ToString(CultureInfo.InvariantCulture));
            }
            else if (cell.Text is { } text)
            {
                AppendText(csv, SpreadsheetText.Neutralise(text));
            }
        }
        csv.Append("\r\n");
    }

    private static void AppendText(StringBuilder csv, string text)
    {
        if (text.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            csv.Append(text);
            return;
        }
        csv.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
    }
}
