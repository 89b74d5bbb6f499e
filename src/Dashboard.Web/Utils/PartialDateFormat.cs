using System.Globalization;

namespace Dashboard.Web.Utils;

/// <summary>Shows an ISO date to the precision it was published with: "2025-05" is a month, not the 1st of May.</summary>
public static class PartialDateFormat
{
    public static string Format(string isoDate, CultureInfo culture)
    {
        var chinese = DashboardCultures.IsChinese(culture);
        var parts = isoDate.Split('-');
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year))
        {
            return isoDate;
        }
        var month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) ? m : (int?)null;
        var day = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        return (month, day, chinese) switch
        {
            (null, _, true) => $"{year}年",
            (null, _, false) => year.ToString(CultureInfo.InvariantCulture),
            ({ } mm, null, true) => $"{year}年{mm}月",
            ({ } mm, null, false) => new DateOnly(year, mm, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            ({ } mm, { } dd, true) => $"{year}年{mm}月{dd}日",
            ({ } mm, { } dd, false) => new DateOnly(year, mm, dd).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        };
    }
}
