using System.Globalization;

namespace Dashboard.Web.Utils;

/// <summary>Times the app stores in UTC, shown and filtered in 北京时间 (UTC+8, no daylight saving), where the federation works.</summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string? Format(DateTime? utc)
        => utc is { } value ? (DateTime.SpecifyKind(value, DateTimeKind.Utc) + Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : null;

    /// <summary>The UTC instant a Beijing calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
