using Dashboard.Web.Components.Layout;
using Dashboard.Web.Tests.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Interfaces;

namespace Dashboard.Web.Tests.Layout;

public sealed class NavMenuTests : DashboardTestContext
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?region=510100", "/?region=510100")]
    [InlineData("/tiers?region=510100&scale=log", "/tiers?region=510100")]
    [InlineData("/tiers/craftsmen?region=510100&tier=city&batch=4", "/tiers?region=510100&tier=city")]
    [InlineData("/innovation/studios", "/innovation")]
    public void Render_AtAddress_MarksOnlyItsSectionsLinkAsTheCurrentPage(string address, string current)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);

        var cut = Render<NavMenu>();

        var marked = cut.FindAll("a.mud-nav-link[aria-current='page']");
        Assert.Equal(current, Assert.Single(marked).GetAttribute("href"));
        Assert.Equal(["mud-nav-link", "mud-ripple", "active"], marked[0].ClassList);
        Assert.Single(cut.FindAll("a.mud-nav-link.active"));
    }

    [Fact]
    public void Navigate_ToAnotherSection_MovesTheMark()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/tiers");
        var cut = Render<NavMenu>();

        navigation.NavigateTo("/competitions/list?region=510100");

        cut.WaitForAssertion(() => Assert.Equal("/competitions?region=510100", cut.Find("a.mud-nav-link[aria-current='page']").GetAttribute("href")));
    }

    [Fact]
    public void Render_Links_AreTheirMarkupWithNoLiveComponents()
    {
        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindComponents<IComponent>());
        Assert.Equal(5, cut.FindAll("nav.mud-navmenu > div.mud-nav-item > a.mud-nav-link > svg.mud-nav-link-icon + .mud-nav-link-text").Count);
    }

    [Fact]
    public void Click_Link_AsksTheDrawerToCloseOnANarrowScreen()
    {
        var drawer = new TestNavigationEventReceiver();
        var cut = Render<NavMenu>(parameters => parameters.AddCascadingValue<INavigationEventReceiver>(drawer));

        cut.Find("a.mud-nav-link[href='/competitions']").Click();

        Assert.Equal(1, drawer.Navigations);
    }

    private sealed class TestNavigationEventReceiver : INavigationEventReceiver
    {
        public int Navigations { get; private set; }

        public Task OnNavigation()
        {
            Navigations++;
            return Task.CompletedTask;
        }
    }
}
