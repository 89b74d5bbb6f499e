using System.Text;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Layout;

internal static class DashboardTheme
{
    // Fonts the reader's system has: no web font is fetched, and CJK faces come first so Chinese renders evenly.
    private static readonly string[] s_fontFamily =
        ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "Helvetica", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        // Colours that carry text meet WCAG AA (4.5:1) on their cards: MudBlazor's orange warning is 2.2:1 on white, and
        // in the dark theme its red primary (links, the current page) is 3.4:1 and its secondary text 4.3:1 on #373740.
        PaletteLight = new PaletteLight
        {
            Primary = "#b71c1c", AppbarBackground = "#b71c1c", Secondary = "#1565c0", Warning = "#b45309", WarningDarken = "#92400e",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#ff8a80", PrimaryContrastText = "rgba(0,0,0,0.87)", Secondary = "#64b5f6", TextSecondary = "rgba(255,255,255,0.7)",
            Warning = "#ffb74d", WarningDarken = "#ffc877",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = s_fontFamily } },
    };

    // Chart axis text, grid and target lines, read by js/charts.js whenever it draws. Against the card (white; #373740 in
    // the dark theme) axis text is at least 4.5:1 and grid and target lines at least 3:1; the light grid stays faint.
    private const string LightChartColours = "--chart-text: #424242; --chart-grid: #e0e0e0; --chart-target: #212121;";
    private const string DarkChartColours = "--chart-text: #e0e0e0; --chart-grid: #8c8c96; --chart-target: #ffffff;";

    private static readonly string s_light = ThemeStyles.Scrollbar + ThemeStyles.Palette(dark: false, LightChartColours);
    private static readonly string s_dark = ThemeStyles.Scrollbar + ThemeStyles.Palette(dark: true, DarkChartColours);
    private static readonly string s_system = s_light + ThemeStyles.Palette(dark: true, DarkChartColours, media: "(prefers-color-scheme: dark)");

    /// <summary>
    /// The theme's CSS for a preference; under <see cref="ThemePreference.System"/> both palettes, the dark one for a system
    /// that prefers dark, so the page is in the reader's colours from its first paint and follows the system without a call.
    /// </summary>
    public static MarkupString Styles(ThemePreference preference) => new(preference switch
    {
        ThemePreference.Light => s_light,
        ThemePreference.Dark => s_dark,
        _ => s_system,
    });

    /// <summary>The layout's <c>data-theme</c>: "light", "dark" or "system".</summary>
    public static string Name(ThemePreference preference) => preference.ToString().ToLowerInvariant();

    /// <summary>
    /// MudThemeProvider's own CSS for a palette of <see cref="Theme"/>, made once for the app: a provider on the page
    /// would keep its own copy of the CSS, a default theme and a dark-mode watcher in every open circuit.
    /// </summary>
    private sealed class ThemeStyles : MudThemeProvider
    {
        public static string Scrollbar { get; } = BuildMudBlazorScrollbar();

        public static string Palette(bool dark, string chartColours, string? media = null)
        {
#pragma warning disable BL0005 // Never rendered: an instance only to ask for its CSS.
            var provider = new ThemeStyles { Theme = DashboardTheme.Theme };
#pragma warning restore BL0005
            // The provider takes its palette from its dark-mode state, which a change of the system's mode sets; it completes at once.
            provider.SystemDarkModeChangedAsync(dark).GetAwaiter().GetResult();
            var css = new StringBuilder(media is null ? "<style class='mud-theme-provider'>" : $"<style class='mud-theme-provider' media='{media}'>");
            css.Append(provider.Theme.PseudoCss.Scope).AppendLine("{");
            provider.GenerateTheme(css);
            css.AppendLine(chartColours).AppendLine("}").AppendLine("</style>");
            return css.ToString();
        }
    }
}
