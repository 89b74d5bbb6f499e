using System.Globalization;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class RecordNamesTests
{
    [Theory]
    [InlineData("en", "示例工匠 0123", "Sample craftsman 0123")]
    [InlineData("en", "示例创新工作室 0007", "Sample studio 0007")]
    [InlineData("en", "示例竞赛 2024-003", "Sample competition 2024-003")]
    [InlineData("en", "孔建伟", "孔建伟")]
    [InlineData("zh-CN", "示例工匠 0123", "示例工匠 0123")]
    public void Display_Name_SampleNamesReadInTheReadersLanguage(string culture, string name, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, RecordNames.Display(name));
    }
}
