using System.Globalization;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>Pieces every dashboard mapper uses: series from items, and year-on-year (同比) notes.</summary>
public static class ChartText
{
    public static ChartSeries Series<T>(string label, IEnumerable<T> items, Func<T, double?> value, Func<T, string> display)
    {
        var list = items.ToList();
        return new ChartSeries(label, list.Select(value).ToList(), list.Select(display).ToList());
    }

    public static List<string> YearLabels(IEnumerable<int> years) => years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// Each yearly value's display with its change on the year before ("225.3亿元（同比 +2.8%）"); the first
    /// year, and a year after a zero, have none. <paramref name="asPoints"/> compares percentages in points.
    /// </summary>
    public static IReadOnlyList<string> WithYearOnYear(IReadOnlyList<decimal> values, IReadOnlyList<string> displays, bool asPoints,
        IStringLocalizer<Resources.Dashboards> loc, CultureInfo culture)
        => displays.Select((display, i) =>
        {
            if (i == 0 || (!asPoints && values[i - 1] == 0))
            {
                return display;
            }
            var change = asPoints ? values[i] - values[i - 1] : (values[i] - values[i - 1]) * 100m / values[i - 1];
            var sign = change > 0 ? "+" : "";
            var amount = asPoints
                ? string.Format(loc[nameof(Resources.Dashboards.PercentagePoints)], sign + ChineseNumberFormat.FormatNumber(Math.Round(change, 1), default, culture))
                : sign + ChineseNumberFormat.FormatNumber(Math.Round(change, 1), MeasureUnit.Percent, culture);
            return string.Format(loc[nameof(Resources.Dashboards.WithNote)], display, string.Format(loc[nameof(Resources.Dashboards.YearOnYear)], amount));
        }).ToList();
}
