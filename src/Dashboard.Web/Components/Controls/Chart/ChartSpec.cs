using System.Text.Json.Serialization;

namespace Dashboard.Web.Components.Controls.Chart;

/// <summary>
/// What a chart draws, in terms Chart.js understands and nothing of the dashboard's domain. Values are
/// drawn; <see cref="ChartSeries.Display"/> holds the same values formatted for tooltips and the data table.
/// </summary>
public sealed record ChartSpec(ChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Heading of the label column in the data table ("年份", "市州").</summary>
    public string? CategoryTitle { get; init; }

    public ChartAxis ValueAxis { get; init; } = new();

    /// <summary>A second value axis on the right, for series marked <see cref="ChartSeries.OnSecondaryAxis"/>.</summary>
    public ChartAxis? SecondaryAxis { get; init; }

    public IReadOnlyList<ChartTargetLine> TargetLines { get; init; } = [];

    /// <summary>Stacks the bar series on one another.</summary>
    public bool Stacked { get; init; }

    public bool ShowLegend { get; init; } = true;
}

[JsonConverter(typeof(JsonStringEnumConverter<ChartKind>))]
public enum ChartKind
{
    Bar,
    HorizontalBar,
    Line,
    Doughnut,
}

[JsonConverter(typeof(JsonStringEnumConverter<ChartScale>))]
public enum ChartScale
{
    Linear,
    Logarithmic,
}

/// <param name="Values">One per label; null leaves a gap.</param>
/// <param name="Display">One per label: the value as the reader should see it, unit and qualifier included.</param>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values, IReadOnlyList<string> Display)
{
    /// <summary>Draws this series as a line in a bar chart (a bar+line combination).</summary>
    public bool AsLine { get; init; }

    public bool OnSecondaryAxis { get; init; }

    /// <summary>A CSS colour; the palette's next colour when null.</summary>
    public string? Color { get; init; }

    /// <summary>Per value, words that bound it ("超", "不少于"), kept wherever the bare number leaves the chart (an export).</summary>
    public IReadOnlyList<string?> Qualifiers { get; init; } = [];
}

public sealed record ChartAxis
{
    public string? Title { get; init; }
    public ChartScale Scale { get; init; } = ChartScale.Linear;
    public double? Min { get; init; }
    public double? Max { get; init; }

    /// <summary>Where the axis draws its ticks and what they read; Chart.js places and words its own when null.</summary>
    public IReadOnlyList<ChartTick>? Ticks { get; init; }
}

/// <summary>A tick at <paramref name="Value"/> (as drawn), labelled <paramref name="Display"/>.</summary>
public sealed record ChartTick(double Value, string Display);

/// <summary>A dashed horizontal line across the chart at a plan value, in the legend under <paramref name="Label"/>.</summary>
public sealed record ChartTargetLine(string Label, double Value, string Display)
{
    /// <summary>Words that bound the value ("超", "不少于"), kept wherever the bare number leaves the chart (an export).</summary>
    public string? Qualifier { get; init; }
}

/// <summary>A click on a bar, point or slice.</summary>
public sealed record ChartClick(int SeriesIndex, string SeriesLabel, int Index, string Label);
