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

    [Fact]
    public void Render_InChinese_NamedByItsVisibleTextMarkedAsEnglish()
    {
        var cut = Render<LanguageSwitch>();

        var button = cut.Find("[data-testid='language-switch']");

        // No aria-label to override the visible "English"; the Chinese hint is a description.
        Assert.False(button.HasAttribute("aria-label"));
        Assert.Equal("切换为英文界面", button.GetAttribute("title"));
        Assert.Equal("en", cut.Find("[data-testid='language-switch'] span[lang]").GetAttribute("lang"));
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
