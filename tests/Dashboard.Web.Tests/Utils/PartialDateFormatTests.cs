using System.Globalization;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class PartialDateFormatTests
{
    [Theory]
    [InlineData("2025-05", "zh-CN", "2025年5月")]
    [InlineData("2025-04-28", "zh-CN", "2025年4月28日")]
    [InlineData("2025", "zh-CN", "2025年")]
    [InlineData("2025-05", "en", "May 2025")]
    [InlineData("2025-04-28", "en", "28 April 2025")]
    [InlineData("sometime", "en", "sometime")]
    public void Format_PartialIsoDate_KeepsItsPrecision(string iso, string culture, string expected)
        => Assert.Equal(expected, PartialDateFormat.Format(iso, CultureInfo.GetCultureInfo(culture)));
}
