using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Pages;

/// <summary>审计日志 over entries the real services wrote.</summary>
public sealed class AuditTests : AdminPageTestContext
{
    protected override void AddRecords(Data.DashboardDbContext db) => Dashboard.Tests.Shared.Data.ListRecords.Add(db);

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
    public async Task Revert_ImportLine_UndoneAndTheUndoListedAbove()
    {
        // Arrange: a committed import of one craftsman
        await SignInAsAsync("admin");
        var batches = Services.GetRequiredService<ImportBatches>();
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("姓名,梯队,市州\n张三,市级工匠,成都\n"));
        var id = await batches.QueueAsync(ImportKind.Craftsmen, file, "名单.csv", new ImportRequester("staff-id", "staff", RecordScope.Province), Xunit.TestContext.Current.CancellationToken);
        await batches.RunAsync(id, file, ImportLimits.Default, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<Audit>();
        cut.WaitForAssertion(() => Assert.Equal("数据导入", Rows(cut)[0][1]));

        // Act
        cut.Find("[data-testid='audit-revert']").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal($"批次 #{id} 已撤销：新增的记录已删除，更新的记录已恢复。", cut.Find("[data-testid='audit-revert-message']").TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Equal(["撤销导入", "admin"], Rows(cut)[0][1..3]));
        Assert.Equal(0, Read(db => db.Craftsmen.Count(c => c.Name == "张三")));
    }

    [Fact]
    public async Task Revert_CompetitionEntryEditLine_TheCompetitionAndTheEntryBothRestored()
    {
        // Arrange: staff renamed 竞赛一 and changed 企业一's workers in one edit
        await SignInAsAsync("admin");
        var entry = Read(db => db.CompetitionEntries.Where(e => e.Competition!.Name == "竞赛一" && e.Enterprise!.Name == "企业一")
            .Select(e => new RecordRef(e.CompetitionId, e.EnterpriseId)).Single());
        var edit = await Services.GetRequiredService<ImportBatches>().EditAsync(ImportKind.Competitions, entry, null,
            ["竞赛一（决赛）", "2023", "省级", "", "", "企业一", "120"], new ImportRequester("staff-id", "staff", RecordScope.Province), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(EditOutcome.Saved, edit.Outcome);
        var cut = Render<Audit>();
        cut.WaitForAssertion(() => Assert.Equal("修改记录", Rows(cut)[0][1]));

        // Act
        cut.Find("[data-testid='audit-revert']").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(["撤销导入", "admin"], Rows(cut)[0][1..3]));
        Assert.Equal(("竞赛一", 100), Read(db => db.CompetitionEntries.Where(e => e.CompetitionId == entry.Id && e.EnterpriseId == entry.EnterpriseId)
            .Select(e => new ValueTuple<string, int>(e.Competition!.Name, e.Workers)).Single()));
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

    [Fact]
    public async Task ExportCsv_FilteredLog_LinkKeepsTheFilterFileHoldsEveryMatchingEntryWithTheGridsColumns()
    {
        // Arrange: 25 failed sign-ins, more than a page, and one sign-in the filter leaves out
        await SignInAsAsync("admin");
        for (var attempt = 0; attempt < 25; attempt++)
        {
            await AuditLog.WriteAsync(new AuditEvent(AuditActions.SignInFailed, new AuditActor(null, "guess", "10.0.0.9")) { Details = SignInFailures.UnknownUser }, Xunit.TestContext.Current.CancellationToken);
        }
        await AuditLog.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor(null, "leader", "10.0.0.1")), Xunit.TestContext.Current.CancellationToken);
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        Navigation.NavigateTo("/admin/audit?action=SignInFailed&from=2000-01-01&sort=ActorName");
        var cut = Render<Audit>();
        cut.WaitForAssertion(() => Assert.Equal(20, Rows(cut).Count));

        // Act
        var (href, fileName) = cut.ExportCsvLink(popovers);
        var file = await GetAuditExportAsync(href);

        // Assert
        Assert.Equal("/export/audit.csv?action=SignInFailed&from=2000-01-01&sort=ActorName", href);
        Assert.StartsWith("审计日志-", fileName);
        Assert.Equal(200, file.Status);
        Assert.Equal("时间（北京时间）,操作,操作人,对象账户,客户端地址,变更,说明", file.Lines[0]);
        Assert.Equal(25, file.Lines.Count - 1);
        Assert.All(file.Lines.Skip(1), l => Assert.EndsWith(",登录失败,guess,,10.0.0.9,,无此用户名", l));
    }

    [Fact]
    public async Task Export_UnknownActionAndBadDate_RefusedByName()
    {
        await SignInAsAsync("admin");

        var answer = await GetAuditExportAsync("/export/audit.csv?action=Nope&to=yesterday");

        Assert.Equal(400, answer.Status);
        Assert.Contains("to=yesterday、action=Nope", answer.Body);
    }

    [Fact]
    public async Task Export_AdminDisabledSinceSignIn_RefusedWithTheReasonNoFile()
    {
        // Arrange
        await SignInAsDisabledAdminAsync();

        // Act
        var answer = await GetAuditExportAsync("/export/audit.csv");

        // Assert
        Assert.Equal(403, answer.Status);
        Assert.Contains("只有有效的管理员可以使用此页面", answer.Body);
    }

    [Fact]
    public async Task Render_AdminDisabledSinceSignIn_ListsNothingAndSaysWhy()
    {
        // Arrange
        await SignInAsDisabledAdminAsync();

        // Act
        var cut = Render<Audit>();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("只有有效的管理员可以使用此页面", cut.Find("[data-testid='admin-message']").TextContent));
        Assert.Empty(Rows(cut));
    }

    /// <summary>Signs in as admin, then leader, made an admin, disables the admin whose session still claims the role.</summary>
    private async Task SignInAsDisabledAdminAsync()
    {
        await SignInAsAsync("admin");
        await Administration.ChangeRoleAsync(await CallerAsync("admin"), await UserIdAsync("leader"), DashboardRoles.Admin, Xunit.TestContext.Current.CancellationToken);
        await Administration.SetDisabledAsync(await CallerAsync("leader"), await UserIdAsync("admin"), disabled: true, Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>What the audit log's export endpoint answers <paramref name="link"/> for the signed-in reader.</summary>
    private async Task<ExportAnswer> GetAuditExportAsync(string link)
    {
        var user = (await Services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;
        var context = Services.RequestFor(link, user);
        return await ListExportEndpoint.AuditAsync(
            "csv", context, ActivatorUtilities.CreateInstance<AuditExport>(Services), Administration, TimeProvider.System,
            Services.GetRequiredService<IStringLocalizer<Resources.Export>>(), Services.GetRequiredService<IStringLocalizer<Resources.Admin>>()).AnswerAsync(context);
    }

    private static List<string[]> Rows(IRenderedComponent<Audit> cut)
        => [.. cut.FindAll("[data-testid='list'] tbody tr.mud-table-row").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
}
