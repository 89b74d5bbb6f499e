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
}
