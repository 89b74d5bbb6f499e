using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>审计日志 over entries the real services wrote.</summary>
public sealed class AuditTests : AdminPageTestContext
{
    [Fact]
    public async Task Render_AfterAnAdminsChanges_ListsThemNewestFirstWithBeforeAndAfter()
    {
        // Arrange
        await SignInAsAsync("admin");
        var admin = await CallerAsync("admin");
        await Administration.ChangeRoleAsync(admin, await UserIdAsync("staff"), DashboardRoles.Admin, Xunit.TestContext.Current.CancellationToken);
        await Administration.ChangeRegionAsync(admin, await UserIdAsync("leader"), "510100", Xunit.TestContext.Current.CancellationToken);

        // Act
        var cut = Render<Audit>();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, Rows(cut).Count));
        Assert.Equal(["修改市州", "admin", "leader", "192.0.2.1", "市州: 全省 → 成都"], Rows(cut)[0][1..6]);
        Assert.Equal(["修改角色", "admin", "staff", "192.0.2.1", "角色: 工作人员 → 管理员"], Rows(cut)[1][1..6]);
        Assert.Equal("共 2 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
    }

    [Fact]
    public async Task Render_ActionAndActorInUrl_ListsOnlyThoseAndABadDateIsNamed()
    {
        // Arrange
        await SignInAsAsync("admin");
        await AuditLog.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor(null, "leader", "10.0.0.1")), Xunit.TestContext.Current.CancellationToken);
        await AuditLog.WriteAsync(new AuditEvent(AuditActions.SignInFailed, new AuditActor(null, "leader", "10.0.0.1")) { Details = SignInFailures.WrongPassword }, Xunit.TestContext.Current.CancellationToken);
        await AuditLog.WriteAsync(new AuditEvent(AuditActions.SignInFailed, new AuditActor(null, "staff", "10.0.0.2")) { Details = SignInFailures.WrongPassword }, Xunit.TestContext.Current.CancellationToken);
        Navigation.NavigateTo("/admin/audit?actor=lead&action=SignInFailed&from=yesterday");

        // Act
        var cut = Render<Audit>();

        // Assert
        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Equal(["登录失败", "leader", "", "10.0.0.1", "", "密码错误"], Rows(cut)[0][1..]);
        Assert.Contains("日期“yesterday”无法识别", cut.Find("[data-testid='dropped']").TextContent);
    }

    private static List<string[]> Rows(IRenderedComponent<Audit> cut)
        => [.. cut.FindAll("[data-testid='list'] tbody tr.mud-table-row").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
}
