using System.Globalization;
using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Components.Controls.Chart;

/// <summary>A chart's numbers as a table for a spreadsheet: the drawn values, with the axis unit in each header.</summary>
public static class ChartExport
{
    public static ExportTable ToExportTable(this ChartSpec spec, string title)
    {
        var headers = new List<string> { spec.CategoryTitle ?? "" };
        headers.AddRange(spec.Series.Select(s => WithUnit(s.Label, (s.OnSecondaryAxis ? spec.SecondaryAxis : null) ?? spec.ValueAxis)));
        // Target lines are drawn on the primary axis, so their values are in its unit too.
        headers.AddRange(spec.TargetLines.Select(t => WithUnit(t.Label, spec.ValueAxis)));

        var rows = new List<IReadOnlyList<ExportCell>>(spec.Labels.Count);
        for (var row = 0; row < spec.Labels.Count; row++)
        {
            var cells = new List<ExportCell>(headers.Count) { spec.Labels[row] };
            cells.AddRange(spec.Series.Select(s => row < s.Values.Count ? Qualified(s.Values[row], s.Qualifiers.ElementAtOrDefault(row)) : ExportCell.Empty));
            cells.AddRange(spec.TargetLines.Select(t => Qualified(t.Value, t.Qualifier)));
            rows.Add(cells);
        }
        return new ExportTable(title, headers, rows);
    }

    // "超200" is not 200: a bounded value stays text with its words; a plain one stays a number.
    private static ExportCell Qualified(double? value, string? qualifier) => string.IsNullOrEmpty(qualifier) || value is not { } number
        ? ExportCell.FromNumber(value)
        : $"{qualifier}{(char.IsAsciiLetter(qualifier[^1]) ? " " : "")}{number.ToString(CultureInfo.InvariantCulture)}";

    private static string WithUnit(string label, ChartAxis axis) =>
        string.IsNullOrEmpty(axis.Title) ? label : $"{label} ({axis.Title})";
}
