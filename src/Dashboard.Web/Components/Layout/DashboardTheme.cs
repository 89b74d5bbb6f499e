using MudBlazor;

namespace Dashboard.Web.Components.Layout;

internal static class DashboardTheme
{
    // Fonts the reader's system has: no web font is fetched, and CJK faces come first so Chinese renders evenly.
    private static readonly string[] s_fontFamily =
        ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "Helvetica", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#b71c1c", AppbarBackground = "#b71c1c", Secondary = "#1565c0" },
        PaletteDark = new PaletteDark { Primary = "#ef5350", Secondary = "#64b5f6" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = s_fontFamily } },
    };
}
