using System.Globalization;

namespace Dashboard.Web.Utils;

/// <summary>
/// Sample records are named in Chinese ("示例工匠 0123"); an English reader sees what kind of sample record it is
/// ("Sample craftsman 0123"). Real names are shown as they are.
/// </summary>
public static class RecordNames
{
    // Longest prefix first: 示例创新工作室 before any shorter one it starts with.
    private static readonly (string Chinese, string English)[] s_samplePrefixes =
    [
        ("示例创新工作室", "Sample studio"),
        ("示例企业", "Sample enterprise"),
        ("示例工匠", "Sample craftsman"),
        ("示例劳模", "Sample model worker"),
        ("示例竞赛", "Sample competition"),
        ("示例成果", "Sample achievement"),
    ];

    public static string? Display(string? name)
    {
        if (name is null || DashboardCultures.IsChinese(CultureInfo.CurrentUICulture))
        {
            return name;
        }
        foreach (var (chinese, english) in s_samplePrefixes)
        {
            if (name.StartsWith(chinese, StringComparison.Ordinal))
            {
                return english + name[chinese.Length..];
            }
        }
        return name;
    }
}
