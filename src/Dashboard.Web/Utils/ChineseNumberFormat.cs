using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Utils;

/// <summary>
/// A figure's unit: Chinese text, which may start with a 万/亿 magnitude ("亿元/年"), and the English word(s).
/// A pair unit holds two parts joined by " / " ("所 / 名", "universities / experts").
/// </summary>
public readonly record struct MeasureUnit(string? Zh, string? En)
{
    public static MeasureUnit None { get; } = new(null, null);
    public static MeasureUnit People { get; } = new("人", "people");
    public static MeasureUnit Yuan { get; } = new("元", "yuan");
    public static MeasureUnit Percent { get; } = new("%", "%");
}

/// <param name="Divisor">What values are divided by to be drawn on the axis.</param>
public sealed record AxisScale(decimal Divisor, string? Title);

public static class ChineseNumberFormat
{
    private const string PairSeparator = " / ";

    // Largest first: a quantity takes the first scale it reaches.
    private static readonly Scale[] s_chineseScales =
        [new(100_000_000m, "亿", 2), new(10_000m, "万", 2), new(1m, "", 2)];

    private static readonly Scale[] s_englishScales =
        [new(1_000_000_000m, " billion", 3), new(1_000_000m, " million", 3), new(1m, "", 2)];

    public static string Format(decimal value, Qualifier qualifier, MeasureUnit unit, CultureInfo culture) =>
        Prefix(qualifier, culture) + FormatNumber(value, unit, culture);

    /// <summary>A published figure with its qualifier and unit; a published pair ("76 / 30") as a pair.</summary>
    public static string Format(PublishedFigure figure, CultureInfo culture)
    {
        var unit = new MeasureUnit(figure.Unit, figure.UnitEn);
        return figure.SecondValue is { } second
            ? FormatPair(figure.Value, second, figure.Qualifier, unit, culture)
            : Format(figure.Value, figure.Qualifier, unit, culture);
    }

    /// <summary>The quantity a value stands for once its unit's magnitude is applied: 200 in "亿元/年" is 20,000,000,000.</summary>
    public static decimal Quantity(decimal value, MeasureUnit unit) => value * SplitMagnitude(unit.Zh).Magnitude;

    /// <summary>
    /// The magnitude an axis is drawn in for values up to <paramref name="largest"/> (in the unit's base, e.g.
    /// 元), and its title: 300,000 条 draws as 0–30 under "万条", 22.5 billion 元 as 0–225 under "亿元".
    /// </summary>
    public static AxisScale AxisScaleFor(decimal largest, MeasureUnit unit, CultureInfo culture)
    {
        if (unit.En == "%")
        {
            return new AxisScale(1m, "%");
        }
        var (_, zhBase) = SplitMagnitude(unit.Zh);
        var size = Math.Abs(largest);
        if (DashboardCultures.IsChinese(culture))
        {
            var (divisor, magnitude) = size switch
            {
                >= 100_000_000m => (100_000_000m, "亿"),
                >= 10_000m => (10_000m, "万"),
                _ => (1m, ""),
            };
            return new AxisScale(divisor, magnitude + zhBase is { Length: > 0 } title ? title : null);
        }
        // English axes also step through thousands, so ticks stay short ("250" under "thousand proposals").
        var (englishDivisor, scale) = size switch
        {
            >= 1_000_000_000m => (1_000_000_000m, "billion"),
            >= 1_000_000m => (1_000_000m, "million"),
            >= 10_000m => (1_000m, "thousand"),
            _ => (1m, ""),
        };
        var englishTitle = string.Join(' ', new[] { scale, unit.En }.Where(part => !string.IsNullOrEmpty(part)));
        return new AxisScale(englishDivisor, englishTitle.Length > 0 ? englishTitle : null);
    }

    public static string FormatNumber(decimal value, MeasureUnit unit, CultureInfo culture)
    {
        var (magnitude, zhBase) = SplitMagnitude(unit.Zh);
        var quantity = value * magnitude;

        if (DashboardCultures.IsChinese(culture))
        {
            var (number, scale) = Rescale(quantity, s_chineseScales);
            return number.ToString("0.##", CultureInfo.InvariantCulture) + scale.Name + zhBase;
        }

        var (englishNumber, englishScale) = Rescale(quantity, s_englishScales);
        var text = englishNumber.ToString("#,0.###", CultureInfo.InvariantCulture) + englishScale.Name;
        return unit.En switch
        {
            null or "" => text,
            "%" => text + "%",
            _ => text + " " + unit.En,
        };
    }

    public static string FormatPair(decimal first, decimal second, Qualifier qualifier, MeasureUnit unit, CultureInfo culture)
    {
        var (firstZh, secondZh) = SplitPair(unit.Zh);
        var (firstEn, secondEn) = SplitPair(unit.En);
        return Prefix(qualifier, culture)
            + FormatNumber(first, new MeasureUnit(firstZh, firstEn), culture)
            + PairSeparator
            + FormatNumber(second, new MeasureUnit(secondZh, secondEn), culture);
    }

    public static string QualifierText(Qualifier qualifier, CultureInfo culture) => (qualifier, DashboardCultures.IsChinese(culture)) switch
    {
        (Qualifier.Exact, _) => "",
        (Qualifier.MoreThan, true) => "超",
        (Qualifier.MoreThan, false) => "over",
        (Qualifier.AtLeast, true) => "不少于",
        (Qualifier.AtLeast, false) => "at least",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    private static string Prefix(Qualifier qualifier, CultureInfo culture)
    {
        var text = QualifierText(qualifier, culture);
        return text.Length == 0 || DashboardCultures.IsChinese(culture) ? text : text + " ";
    }

    // "万" or "亿" alone is a unit in its own right, not a magnitude with an empty base.
    private static (decimal Magnitude, string? Base) SplitMagnitude(string? zh) => zh switch
    {
        ['万', _, ..] => (10_000m, zh[1..]),
        ['亿', _, ..] => (100_000_000m, zh[1..]),
        _ => (1m, zh),
    };

    private static (string? First, string? Second) SplitPair(string? unit)
    {
        if (unit is null)
        {
            return (null, null);
        }

        var parts = unit.Split(PairSeparator);
        return parts.Length switch
        {
            1 => (parts[0], parts[0]),
            2 => (parts[0], parts[1]),
            _ => throw new ArgumentException($"A pair unit has one or two parts, not {parts.Length}: \"{unit}\".", nameof(unit)),
        };
    }

    private static (decimal Number, Scale Scale) Rescale(decimal quantity, Scale[] scales)
    {
        var index = Array.FindIndex(scales, s => Math.Abs(quantity) >= s.Size);
        if (index < 0)
        {
            index = scales.Length - 1;
        }

        var number = scales[index].Round(quantity);
        // Rounding can reach the next scale (9,999.999 → 10,000): show "1万", not "10000".
        if (index > 0 && Math.Abs(number) * scales[index].Size >= scales[index - 1].Size)
        {
            index--;
            number = scales[index].Round(quantity);
        }

        return (number, scales[index]);
    }

    private readonly record struct Scale(decimal Size, string Name, int Decimals)
    {
        public decimal Round(decimal quantity) =>
            Math.Round(quantity / Size, Decimals, MidpointRounding.AwayFromZero);
    }
}
