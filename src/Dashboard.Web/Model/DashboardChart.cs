using Dashboard.Web.Components.Controls.Chart;

namespace Dashboard.Web.Model;

/// <summary>One chart of a dashboard: what it draws and what the panel around it says.</summary>
/// <param name="Key">Stable name for tests and the scale switch, e.g. "tier-pyramid".</param>
/// <param name="Note">A line under the chart, e.g. where a published figure and the records differ.</param>
/// <param name="Wide">Takes the full width (many labels, such as 21 市州).</param>
public sealed record DashboardChart(string Key, string Title, string? Subtitle, ChartSpec Spec, bool IncludesSample, string? Note = null, bool Wide = false)
{
    /// <summary>Where a click on a bar, point or slice leads (one level down, the filter kept); null where the chart has no level below.</summary>
    public Func<ChartClick, string>? Drill { get; init; }
}
