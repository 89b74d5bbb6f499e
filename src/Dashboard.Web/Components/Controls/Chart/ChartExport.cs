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
            cells.AddRange(spec.Series.Select(s => row < s.Values.Count ? ExportCell.FromNumber(s.Values[row]) : ExportCell.Empty));
            cells.AddRange(spec.TargetLines.Select(t => ExportCell.FromNumber(t.Value)));
            rows.Add(cells);
        }
        return new ExportTable(title, headers, rows);
    }

    private static string WithUnit(string label, ChartAxis axis) =>
        string.IsNullOrEmpty(axis.Title) ? label : $"{label} ({axis.Title})";
}
