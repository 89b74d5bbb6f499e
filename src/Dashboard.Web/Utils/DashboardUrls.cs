namespace Dashboard.Web.Utils;

/// <summary>Every URL the dashboard links to, in one place.</summary>
public static class DashboardUrls
{
    public const string OverviewPath = "/";
    public const string TiersPath = "/tiers";
    public const string CompetitionsPath = "/competitions";
    public const string InnovationPath = "/innovation";
    public const string SourcesPath = "/sources";
    public const string SetCulturePath = "/culture/set";

    public static string SetCulture(string culture, string redirectUri)
        => $"{SetCulturePath}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}";

    /// <summary>The row of a published figure in the 数据来源 table.</summary>
    public static string Source(string indicatorCode) => $"{SourcesPath}#{Uri.EscapeDataString(indicatorCode)}";

    /// <summary>Only paths on this site: "/x" but not "//host" or "/\host", which browsers treat as other sites.</summary>
    public static bool IsLocal(string? uri)
        => uri is ['/', ..] && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal);
}
