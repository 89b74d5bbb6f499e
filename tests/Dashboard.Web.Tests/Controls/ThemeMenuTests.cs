using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Dashboard.Web.Tests.Controls;

public sealed class ThemeMenuTests : DashboardTestContext
{
    [Fact]
    public void Render_NeverOpened_IsItsButtonOnlyUntilPressedThenTheOpenMenu()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ThemeMenu>(p => p.Add(c => c.Preference, ThemePreference.Light));
        var closed = cut.Find("[data-testid='theme-menu'] button");

        Assert.Empty(cut.FindComponents<IComponent>());
        Assert.Equal(("menu", "false", "主题"), (closed.GetAttribute("aria-haspopup"), closed.GetAttribute("aria-expanded"), closed.GetAttribute("aria-label")));

        closed.Click();

        Assert.Single(cut.FindComponents<MudMenu>());
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='theme-menu'] button").GetAttribute("aria-expanded")));
        Assert.Equal(["跟随系统", "浅色", "深色"], popovers.FindAll(".mud-popover-open .mud-menu-item").Select(i => i.TextContent.Trim()));
    }

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

    // The first opening from a key sets MudMenu's private flag, as its own button's keydown would.
    [Fact]
    public void MudMenu_StillHasTheKeyboardFlagThemeMenuSets()
    {
        Assert.Equal(typeof(bool), ThemeMenu.s_openedByKey?.FieldType);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Press_ByKeyOrMouse_OpensWithTheMenuToldWhichItWas(long clicks, bool byKey)
    {
        Render<MudPopoverProvider>();
        var cut = Render<ThemeMenu>(p => p.Add(c => c.Preference, ThemePreference.Light));

        cut.Find("[data-testid='theme-menu'] button").Click(new MouseEventArgs { Detail = clicks });

        var menu = cut.FindComponent<MudMenu>().Instance;
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid='theme-menu'] button").GetAttribute("aria-expanded")));
        Assert.Equal(byKey, ThemeMenu.s_openedByKey!.GetValue(menu));
    }
}
