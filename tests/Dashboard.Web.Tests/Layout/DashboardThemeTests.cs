using Dashboard.Web.Components.Layout;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using MudBlazor;

namespace Dashboard.Web.Tests.Layout;

public sealed class DashboardThemeTests : DashboardTestContext
{
    [Theory]
    [InlineData(ThemePreference.Light, false)]
    [InlineData(ThemePreference.Dark, true)]
    public void Styles_LightOrDark_MudThemeProvidersCssForThatPaletteWithTheChartColours(ThemePreference preference, bool dark)
    {
        var provider = Render<MudThemeProvider>(parameters => parameters
            .Add(p => p.Theme, DashboardTheme.Theme).Add(p => p.IsDarkMode, dark).Add(p => p.ObserveSystemDarkModeChange, false));

        var styles = StylesOf(preference);

        var theme = Assert.Single(styles, s => s.ClassName == "mud-theme-provider");
        Assert.Equal(Lines(provider.Find("style.mud-theme-provider").TextContent), Lines(theme.TextContent).Where(l => !l.StartsWith("--chart-", StringComparison.Ordinal)));
        Assert.Contains($"--mud-palette-primary: {(dark ? DashboardTheme.Theme.PaletteDark : DashboardTheme.Theme.PaletteLight).Primary};", theme.TextContent);
        Assert.Contains(dark ? "--chart-text: #e0e0e0;" : "--chart-text: #424242;", theme.TextContent);
        Assert.Null(theme.GetAttribute("media"));
        // MudBlazor's scrollbar styles come first, as the provider writes them.
        Assert.Equal(provider.FindAll("style")[0].TextContent, styles[0].TextContent);
    }

    [Fact]
    public void Styles_System_BothPalettesTheDarkOneForASystemThatPrefersDark()
    {
        var styles = StylesOf(ThemePreference.System).Where(s => s.ClassName == "mud-theme-provider").ToList();

        Assert.Equal(2, styles.Count);
        Assert.Equal(StylesOf(ThemePreference.Light).Single(s => s.ClassName == "mud-theme-provider").TextContent, styles[0].TextContent);
        Assert.Null(styles[0].GetAttribute("media"));
        Assert.Equal(StylesOf(ThemePreference.Dark).Single(s => s.ClassName == "mud-theme-provider").TextContent, styles[1].TextContent);
        Assert.Equal("(prefers-color-scheme: dark)", styles[1].GetAttribute("media"));
    }

    private List<AngleSharp.Dom.IElement> StylesOf(ThemePreference preference)
        => Render(builder => builder.AddContent(0, DashboardTheme.Styles(preference))).FindAll("style").ToList();

    private static IEnumerable<string> Lines(string css) => css.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
