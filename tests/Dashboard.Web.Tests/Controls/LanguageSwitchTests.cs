using Bunit.TestDoubles;
using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Controls;

public sealed class LanguageSwitchTests : DashboardTestContext
{
    [Fact]
    public void Click_InChinese_ReloadsThroughCultureEndpointToEnglishOnTheSamePage()
    {
        // Arrange
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/sources");
        var cut = Render<LanguageSwitch>();

        // Act
        Assert.Equal("English", cut.Find("[data-testid='language-switch']").TextContent.Trim());
        cut.Find("[data-testid='language-switch']").Click();

        // Assert
        var last = navigation.History.First();
        Assert.Equal("/culture/set?culture=en&redirectUri=%2Fsources", navigation.ToAbsoluteUri(last.Uri).PathAndQuery);
        Assert.True(last.Options.ForceLoad);
    }
}

public sealed class LanguageSwitchEnglishTests() : DashboardTestContext("en")
{
    [Fact]
    public void Click_InEnglish_SwitchesBackToChinese()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<LanguageSwitch>();

        Assert.Equal("中文", cut.Find("[data-testid='language-switch']").TextContent.Trim());
        cut.Find("[data-testid='language-switch']").Click();

        Assert.Contains("culture=zh-CN", navigation.History.First().Uri);
    }
}
