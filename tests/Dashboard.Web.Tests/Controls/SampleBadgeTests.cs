using System.Globalization;
using Bunit;
using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using MudBlazor;

namespace Dashboard.Web.Tests.Controls;

public sealed class SampleBadgeTests : DashboardTestContext
{
    [Theory]
    [InlineData("zh-CN", "示例数据", "演示")]
    [InlineData("en", "Sample data", "made for demonstration")]
    public void Press_Mark_ItsLabelAndThenWhatSampleDataIsInTheReadersLanguage(string culture, string label, string explained)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render(SampleBadge.Mark);

        Assert.Equal(label, cut.Find(".sample-badge").TextContent.Trim());
        cut.Find(".mud-tooltip-root").PointerUp();

        popovers.WaitForAssertion(() => Assert.Contains(explained, popovers.Find(".mud-tooltip").TextContent));
    }
}
