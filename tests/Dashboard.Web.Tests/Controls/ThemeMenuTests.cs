using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using MudBlazor;

namespace Dashboard.Web.Tests.Controls;

public sealed class ThemeMenuTests : DashboardTestContext
{
    [Fact]
    public void Click_DarkItem_ChoosesDark()
    {
        var popovers = Render<MudPopoverProvider>();
        ThemePreference? chosen = null;
        var cut = Render<ThemeMenu>(p => p
            .Add(c => c.Preference, ThemePreference.Light)
            .Add(c => c.PreferenceChanged, (ThemePreference preference) => chosen = preference));

        cut.Find("[data-testid='theme-menu'] button").Click();
        popovers.WaitForElement(".mud-popover-open .mud-menu-item");
        popovers.FindAll(".mud-popover-open .mud-menu-item").Single(i => i.TextContent.Trim() == "深色").Click();

        Assert.Equal(ThemePreference.Dark, chosen);
    }
}
