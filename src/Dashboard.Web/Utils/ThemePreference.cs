namespace Dashboard.Web.Utils;

public enum ThemePreference
{
    System,
    Light,
    Dark,
}

public static class ThemePreferenceCookie
{
    public const string Name = "dashboard.theme";

    /// <summary>An unknown or missing cookie value means "follow the system".</summary>
    public static ThemePreference Parse(string? value)
        => Enum.TryParse<ThemePreference>(value, ignoreCase: true, out var preference) && Enum.IsDefined(preference) ? preference : ThemePreference.System;
}
