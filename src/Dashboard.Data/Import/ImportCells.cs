using System.Globalization;

namespace Dashboard.Data.Import;

/// <summary>Reading one cell's text as a number, a year, an amount of money or yes/no, exactly: never through floating point.</summary>
public static class ImportCells
{
    public const int EarliestYear = 2000;

    /// <summary>The latest year a file may name: this year in China, where the files come from, whatever the server's zone.</summary>
    public static int LatestYear(TimeProvider clock) => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;

    /// <summary>"1,234" or "1234" as a whole number; null for anything else.</summary>
    public static long? WholeNumber(string text)
        => decimal.TryParse(text.Replace(",", "").Replace("，", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && Math.Abs(value) <= long.MaxValue
            ? (long)value
            : null;

    /// <summary>
    /// An amount in 元: "1,250,000", "125万", "12.5万", "3亿", "3亿元", "12.5万元". The multiplication is done in decimal, so
    /// "12.5万" is exactly 125000; an amount that is not a whole number of 元 is not an amount.
    /// </summary>
    public static long? Yuan(string text)
    {
        var s = text.Trim().Replace(",", "").Replace("，", "");
        if (s.EndsWith('元'))
        {
            s = s[..^1];
        }
        var multiplier = 1m;
        if (s.EndsWith('万'))
        {
            (s, multiplier) = (s[..^1], 10_000m);
        }
        else if (s.EndsWith('亿'))
        {
            (s, multiplier) = (s[..^1], 100_000_000m);
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        try
        {
            var yuan = number * multiplier;
            return yuan == decimal.Truncate(yuan) ? (long)yuan : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>是/否, yes/no, Y/N, true/false, 1/0.</summary>
    public static bool? YesNo(string text) => text.Trim().ToUpperInvariant() switch
    {
        "是" or "Y" or "YES" or "TRUE" or "1" or "√" => true,
        "否" or "N" or "NO" or "FALSE" or "0" => false,
        _ => null,
    };
}
