using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class ThemePreferenceCookieTests
{
    [Theory]
    [InlineData("Dark", ThemePreference.Dark)]
    [InlineData("light", ThemePreference.Light)]
    [InlineData("System", ThemePreference.System)]
    [InlineData("purple", ThemePreference.System)]
    [InlineData("7", ThemePreference.System)]
    [InlineData(null, ThemePreference.System)]
    public void Parse_CookieValue_UnknownFallsBackToSystem(string? value, ThemePreference expected)
        => Assert.Equal(expected, ThemePreferenceCookie.Parse(value));
}
