using Dashboard.Web.Components.Controls.Chart;

namespace Dashboard.Web.Model;

/// <summary>One chart of a dashboard: what it draws and what the panel around it says.</summary>
/// <param name="Key">Stable name for tests and the scale switch, e.g. "tier-pyramid".</param>
/// <param name="Note">A line under the chart, e.g. where a published figure and the records differ.</param>
/// <param name="Wide">Takes the full width (many labels, such as 21 市州).</param>
public sealed record DashboardChart(string Key, string Title, string? Subtitle, ChartSpec Spec, bool IncludesSample, string? Note = null, bool Wide = false)
{
    /// <summary>
    /// Where a click on a bar, point or slice leads: the list of exactly the records it counts, the filter kept.
    /// Null for a point with no records behind it (a published figure, a pace line).
    /// </summary>
    public Func<ChartClick, string?>? Drill { get; init; }

    /// <summary>For a chart with no records to list: says so plainly (published totals, yearly tallies).</summary>
    public string? NoRecords { get; init; }
}
