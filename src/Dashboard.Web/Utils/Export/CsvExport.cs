using System.Globalization;
using System.Text;

namespace Dashboard.Web.Utils.Export;

/// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark, without which Excel reads Chinese as mojibake.</summary>
public static class CsvExport
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes each row as it comes: one row's text is held at a time, whatever the number of rows.</summary>
    public static async Task WriteAsync(
        Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<ExportCell>> rows, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, s_utf8, bufferSize: 64 * 1024, leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, headers.Select(ExportCell.FromText));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(line, cancellationToken);
            line.Clear();
            AppendRow(line, row);
        }
        await writer.WriteAsync(line, cancellationToken);
        await writer.FlushAsync(cancellationToken);
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
