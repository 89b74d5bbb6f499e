using Dashboard.Data.Accounts;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>账户管理 over the demo accounts in a real database, changed through the real service.</summary>
public sealed class AccountsTests : AdminPageTestContext
{
    private const string Password = "a quiet river in spring";

    [Fact]
    public async Task Render_AsAdmin_ListsEveryAccountWithRoleAndRegion()
    {
        await SignInAsAsync("admin");

        var cut = Render<Accounts>();

        cut.WaitForAssertion(() => Assert.Equal(["admin", "chengdu", "leader", "staff"], Column(cut, 1)));
        Assert.Equal(["管理员", "工作人员", "领导", "工作人员"], Column(cut, 2));
        Assert.Equal(["全省", "成都", "全省", "全省"], Column(cut, 3));
        Assert.Equal("共 4 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
    }

    [Fact]
    public async Task Create_NewAccountBoundToARegion_ListsItAndSaysSo()
    {
        // Arrange
        await SignInAsAsync("admin");
        var cut = Render<Accounts>();
        cut.WaitForAssertion(() => Assert.Equal(4, Column(cut, 1).Count));

        // Act
        cut.Find("input[data-testid='new-user-name']").Change("mianyang");
        cut.Find("input[data-testid='new-password']").Change(Password);
        cut.Find("button[data-testid='create-account']").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("mianyang", Column(cut, 1)));
        Assert.Contains("已创建账户 mianyang", cut.Find("[data-testid='admin-message']").TextContent);
        Assert.Equal("", cut.Find("input[data-testid='new-user-name']").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Create_DuplicateUserName_SaysWhyAndKeepsWhatWasTyped()
    {
        await SignInAsAsync("admin");
        var cut = Render<Accounts>();
        cut.WaitForAssertion(() => Assert.Equal(4, Column(cut, 1).Count));

        cut.Find("input[data-testid='new-user-name']").Change("staff");
        cut.Find("input[data-testid='new-password']").Change(Password);
        cut.Find("button[data-testid='create-account']").Click();

        cut.WaitForAssertion(() => Assert.Equal("用户名 staff 已被使用，请换一个。", cut.Find("[data-testid='admin-message']").TextContent.Trim()));
        Assert.Equal("staff", cut.Find("input[data-testid='new-user-name']").GetAttribute("value"));
        Assert.Equal(4, Column(cut, 1).Count);
    }

    [Fact]
    public async Task Create_WeakPassword_SaysWhy()
    {
        await SignInAsAsync("admin");
        var cut = Render<Accounts>();
        cut.WaitForAssertion(() => Assert.Equal(4, Column(cut, 1).Count));

        cut.Find("input[data-testid='new-user-name']").Change("deyang");
        cut.Find("input[data-testid='new-password']").Change("password1");
        cut.Find("button[data-testid='create-account']").Click();

        cut.WaitForAssertion(() => Assert.Contains("最常见的密码", cut.Find("[data-testid='admin-message']").TextContent));
        Assert.DoesNotContain("deyang", Column(cut, 1));
    }

    [Fact]
    public async Task Disable_StaffAccount_ShowsItDisabledAndOffersEnable()
    {
        await SignInAsAsync("admin");
        var cut = Render<Accounts>();
        cut.WaitForAssertion(() => cut.Find("button[data-testid='manage-staff']"));

        cut.Find("button[data-testid='manage-staff']").Click();
        cut.Find("button[data-testid='disable']").Click();

        cut.WaitForAssertion(() => Assert.Equal("已停用", Row(cut, "staff")[3]));
        Assert.Contains("已停用 staff", cut.Find("[data-testid='admin-message']").TextContent);
        cut.Find("button[data-testid='enable']");
    }

    [Fact]
    public async Task Disable_TheOnlyAdmin_ShowsTheLastAdminMessageAndChangesNothing()
    {
        await SignInAsAsync("admin");
        var cut = Render<Accounts>();
        cut.WaitForAssertion(() => cut.Find("button[data-testid='manage-admin']"));

        cut.Find("button[data-testid='manage-admin']").Click();
        cut.Find("button[data-testid='disable']").Click();

        cut.WaitForAssertion(() => Assert.Contains("不能停用或降级最后一个有效的管理员", cut.Find("[data-testid='admin-message']").TextContent));
        Assert.Equal("正常", Row(cut, "admin")[3]);
    }

    [Fact]
    public async Task Render_AdminDemotedSinceThePageOpened_RefusesAndSaysWhy()
    {
        // Arrange: the cookie still says Admin, but another admin has since made this one a leader
        await SignInAsAsync("admin");
        await Administration.ChangeRoleAsync(await CallerAsync("admin"), await UserIdAsync("leader"), DashboardRoles.Admin, Xunit.TestContext.Current.CancellationToken);
        await Administration.ChangeRoleAsync(await CallerAsync("leader"), await UserIdAsync("admin"), DashboardRoles.Leader, Xunit.TestContext.Current.CancellationToken);

        // Act
        var cut = Render<Accounts>();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("只有有效的管理员可以使用此页面", cut.Find("[data-testid='admin-message']").TextContent));
        Assert.Empty(Column(cut, 1));
    }

    private static List<string> Column(IRenderedComponent<Accounts> cut, int column)
        => [.. cut.FindAll($"[data-testid='accounts'] tbody tr td:nth-child({column})").Select(td => td.TextContent.Trim())];

    private static List<string> Row(IRenderedComponent<Accounts> cut, string userName)
        => [.. cut.FindAll("[data-testid='accounts'] tbody tr")
            .Single(tr => tr.QuerySelector("td")!.TextContent.Trim() == userName)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim())];
}
