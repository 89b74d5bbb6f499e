using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>Pieces every dashboard mapper uses: series from items, and year-on-year (同比) notes.</summary>
public static class ChartText
{
    /// <summary>A reference line at a published figure, its wording (超, 不少于) kept for exports.</summary>
    public static ChartTargetLine PublishedLine(string label, PublishedFigure figure, double value, CultureInfo culture)
        => new(label, value, ChineseNumberFormat.Format(figure, culture)) { Qualifier = QualifierOf(figure, culture) };

    /// <summary>The published figures' wording (超, 不少于) per value of <paramref name="series"/>, kept for exports.</summary>
    public static ChartSeries WithQualifiers(this ChartSeries series, IEnumerable<PublishedFigure?> figures, CultureInfo culture)
        => series with { Qualifiers = figures.Select(f => QualifierOf(f, culture)).ToList() };

    private static string? QualifierOf(PublishedFigure? figure, CultureInfo culture)
        => figure is not null && ChineseNumberFormat.QualifierText(figure.Qualifier, culture) is { Length: > 0 } words ? words : null;

    public static ChartSeries Series<T>(string label, IEnumerable<T> items, Func<T, double?> value, Func<T, string> display)
    {
        var list = items.ToList();
        return new ChartSeries(label, list.Select(value).ToList(), list.Select(display).ToList());
    }

    /// <summary>
    /// Draws a spec's values in the magnitude the formatter picks for each axis (万/亿; thousands and millions
    /// in English) and titles the axes with it. Tooltips and tables keep their exact text.
    /// </summary>
    public static ChartSpec InUnits(this ChartSpec spec, MeasureUnit unit, CultureInfo culture, MeasureUnit? secondaryUnit = null)
    {
        var primary = ChineseNumberFormat.AxisScaleFor(Largest(spec, secondary: false), unit, culture);
        var secondary = secondaryUnit is { } other ? ChineseNumberFormat.AxisScaleFor(Largest(spec, secondary: true), other, culture) : null;
        static double Divide(double value, AxisScale scale) => value / (double)scale.Divisor;
        return spec with
        {
            Series = spec.Series.Select(s =>
            {
                var scale = s.OnSecondaryAxis && secondary is not null ? secondary : primary;
                return s with { Values = s.Values.Select(v => v is { } value ? Divide(value, scale) : (double?)null).ToList() };
            }).ToList(),
            TargetLines = spec.TargetLines.Select(t => t with { Value = Divide(t.Value, primary) }).ToList(),
            ValueAxis = spec.ValueAxis with { Title = primary.Title },
            SecondaryAxis = secondary is null ? spec.SecondaryAxis : (spec.SecondaryAxis ?? new ChartAxis()) with { Title = secondary.Title },
        };
    }

    /// <summary>
    /// Draws the value axis on a log scale from 0.5, so a count of 1 still shows a bar, up to the power of ten
    /// above the largest value, with a tick at each power of ten worded by the formatter ("1万", "10,000").
    /// Call after <see cref="InUnits"/>: the ticks are in the drawn magnitude.
    /// </summary>
    public static ChartSpec OnLogScale(this ChartSpec spec, CultureInfo culture)
    {
        var largest = Math.Max(1d, (double)Largest(spec, secondary: false));
        var ticks = new List<ChartTick>();
        for (var power = 1m; ticks.Count == 0 || ticks[^1].Value < largest; power *= 10)
        {
            ticks.Add(new ChartTick((double)power, ChineseNumberFormat.FormatNumber(power, MeasureUnit.None, culture)));
        }
        return spec with { ValueAxis = spec.ValueAxis with { Scale = ChartScale.Logarithmic, Min = 0.5, Max = ticks[^1].Value, Ticks = ticks } };
    }

    /// <summary>The largest value an axis shows: the tallest stack when bars stack, and target lines too.</summary>
    private static decimal Largest(ChartSpec spec, bool secondary)
    {
        var series = spec.Series.Where(s => s.OnSecondaryAxis == secondary).ToList();
        var values = spec.Stacked && !secondary
            ? spec.Labels.Select((_, i) => series.Where(s => !s.AsLine).Sum(s => s.Values[i] ?? 0))
            : series.SelectMany(s => s.Values.OfType<double>());
        var targets = secondary ? [] : spec.TargetLines.Select(t => t.Value);
        return (decimal)values.Concat(targets).DefaultIfEmpty(0).Max();
    }

    public static List<string> YearLabels(IEnumerable<int> years) => years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// Each yearly value's display with its change on the year before ("225.3亿元（同比 +2.8%）"); the first
    /// year, and a year after a zero, have none. <paramref name="asPoints"/> compares percentages in points.
    /// </summary>
    public static IReadOnlyList<string> WithYearOnYear(IReadOnlyList<decimal> values, IReadOnlyList<string> displays, bool asPoints,
        IStringLocalizer<Resources.Dashboards> loc, CultureInfo culture)
        => displays.Select((display, i) => i > 0 && YearOnYear(values[i], values[i - 1], asPoints, loc, culture) is { } change
            ? string.Format(loc[nameof(Resources.Dashboards.WithNote)], display, change)
            : display).ToList();

    /// <summary>"同比 +2.8%" ("同比 +0.6个百分点" for percentages); null when the year before had zero.</summary>
    public static string? YearOnYear(decimal current, decimal previous, bool asPoints, IStringLocalizer<Resources.Dashboards> loc, CultureInfo culture)
    {
        if (!asPoints && previous == 0)
        {
            return null;
        }
        var change = Math.Round(asPoints ? current - previous : (current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);
        var sign = change > 0 ? "+" : "";
        var amount = asPoints
            ? string.Format(loc[nameof(Resources.Dashboards.PercentagePoints)], sign + ChineseNumberFormat.FormatNumber(change, default, culture))
            : sign + ChineseNumberFormat.FormatNumber(change, MeasureUnit.Percent, culture);
        return string.Format(loc[nameof(Resources.Dashboards.YearOnYear)], amount);
    }
}
