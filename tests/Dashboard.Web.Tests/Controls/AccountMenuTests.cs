using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Controls;

public sealed class AccountMenuTests : DashboardTestContext
{
    [Fact]
    public void Render_SignedIn_NameChangePasswordLinkAndSignOutFormWithNoLiveComponents()
    {
        var cut = Render<AccountMenu>();

        Assert.Equal("leader", cut.Find("[data-testid='account-name']").TextContent);
        var password = cut.Find("a.mud-icon-button[href='/account/password']");
        Assert.Equal(("修改密码", "修改密码"), (password.GetAttribute("aria-label"), password.GetAttribute("title")));
        var signOut = cut.Find("form[action='/account/signout'][method='post'] button[type='submit'][data-testid='sign-out']");
        Assert.Equal("退出登录", signOut.GetAttribute("aria-label"));
        Assert.Empty(cut.FindComponents<IComponent>());
    }
}
