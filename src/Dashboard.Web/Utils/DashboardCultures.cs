using System.Globalization;

namespace Dashboard.Web.Utils;

/// <summary>The UI speaks Simplified Chinese by default and English on request.</summary>
public static class DashboardCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Picks the Chinese or English text of a record for the current UI culture.</summary>
    public static string Pick(string zh, string? en) => IsChinese(CultureInfo.CurrentUICulture) || string.IsNullOrEmpty(en) ? zh : en;

    public static string? PickOptional(string? zh, string? en) => IsChinese(CultureInfo.CurrentUICulture) ? zh : en ?? zh;
}
