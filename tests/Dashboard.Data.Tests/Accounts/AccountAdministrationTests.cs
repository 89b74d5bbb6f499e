using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Accounts;

public sealed class AccountAdministrationTests
{
    private const string NewPassword = "a quiet river in spring";

    [Fact]
    public async Task CreateAsync_ByAdmin_CreatesTheAccountAndAuditsWhoCreatedIt()
    {
        // Arrange
        await using var fixture = await AdminFixture.CreateAsync();
        var admin = await fixture.CallerAsync("admin", clientAddress: "192.0.2.10");

        // Act
        var result = await fixture.Administration.CreateAsync(admin, new NewAccount(" mianyang ", NewPassword, DashboardRoles.Staff, "510700"), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(result.Succeeded);
        var created = await fixture.UserAsync("mianyang");
        Assert.Equal("510700", created.RegionCode);
        Assert.Equal([DashboardRoles.Staff], await fixture.RolesAsync("mianyang"));
        Assert.True(await fixture.CheckPasswordAsync("mianyang", NewPassword));
        var entry = Assert.Single(await fixture.AuditEntriesAsync());
        Assert.Equal(AuditActions.AccountCreated, entry.Action);
        Assert.Equal(("admin", "mianyang", "192.0.2.10"), (entry.ActorName, entry.TargetName, entry.ClientAddress));
        Assert.Equal((await fixture.UserAsync("admin")).Id, entry.ActorId);
        Assert.Equal(AdminFixture.Now.UtcDateTime, entry.TimeUtc);
        Assert.Equal(new Dictionary<string, string?> { ["Role"] = "Staff", ["RegionCode"] = "510700", ["Disabled"] = "false" }, AuditLog.ReadFields(entry.After));
        Assert.DoesNotContain(NewPassword, entry.After);
    }

    [Theory]
    [InlineData("staff", "short", "PasswordTooShort")]
    [InlineData("newcomer", "password1", "CommonPassword")]
    [InlineData("staff", NewPassword, "DuplicateUserName")]
    [InlineData("张三", NewPassword, "InvalidUserName")]
    public async Task CreateAsync_BadInput_RejectedWithIdentityErrorAndNothingWritten(string userName, string password, string errorCode)
    {
        // Arrange
        await using var fixture = await AdminFixture.CreateAsync();
        var usersBefore = fixture.Database.CreateDbContext().Users.Count();

        // Act
        var result = await fixture.Administration.CreateAsync(await fixture.CallerAsync("admin"), new NewAccount(userName, password, DashboardRoles.Leader, null), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(AccountProblem.Rejected, result.Problem);
        Assert.Contains(result.Errors, e => e.Code == errorCode);
        Assert.Equal(usersBefore, fixture.Database.CreateDbContext().Users.Count());
        Assert.Empty(await fixture.AuditEntriesAsync());
    }

    [Fact]
    public async Task CreateAsync_UnknownRegion_RefusedAsUnknownRegion()
    {
        await using var fixture = await AdminFixture.CreateAsync();

        var result = await fixture.Administration.CreateAsync(await fixture.CallerAsync("admin"), new NewAccount("nowhere", NewPassword, DashboardRoles.Staff, "999999"), TestContext.Current.CancellationToken);

        Assert.Equal(AccountProblem.UnknownRegion, result.Problem);
        Assert.Null(await fixture.UserAsync("nowhere"));
    }

    [Fact]
    public async Task CreateAsync_CallerIsStaff_RefusedAsNotAdminEvenWithAnAdminRoleClaim()
    {
        // Arrange: the caller's principal claims Admin, but the database says staff
        await using var fixture = await AdminFixture.CreateAsync();

        // Act
        var result = await fixture.Administration.CreateAsync(await fixture.CallerAsync("staff"), new NewAccount("sneaky", NewPassword, DashboardRoles.Admin, null), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(AccountProblem.NotAdmin, result.Problem);
        Assert.Null(await fixture.UserAsync("sneaky"));
        Assert.Null(await fixture.Administration.ListAsync(await fixture.CallerAsync("staff"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SetDisabledAsync_LastActiveAdmin_RefusedAsLastAdmin()
    {
        await using var fixture = await AdminFixture.CreateAsync();
        var admin = await fixture.CallerAsync("admin");

        var result = await fixture.Administration.SetDisabledAsync(admin, (await fixture.UserAsync("admin")).Id, disabled: true, TestContext.Current.CancellationToken);

        Assert.Equal(AccountProblem.LastAdmin, result.Problem);
        Assert.False((await fixture.UserAsync("admin")).IsDisabled);
        Assert.Empty(await fixture.AuditEntriesAsync());
    }

    [Fact]
    public async Task ChangeRoleAsync_DemoteLastActiveAdmin_RefusedAsLastAdmin()
    {
        await using var fixture = await AdminFixture.CreateAsync();
        var admin = await fixture.CallerAsync("admin");

        var result = await fixture.Administration.ChangeRoleAsync(admin, (await fixture.UserAsync("admin")).Id, DashboardRoles.Leader, TestContext.Current.CancellationToken);

        Assert.Equal(AccountProblem.LastAdmin, result.Problem);
        Assert.Equal([DashboardRoles.Admin], await fixture.RolesAsync("admin"));
    }

    [Fact]
    public async Task ChangeRoleAsync_SecondAdminExists_DemotesAndRenewsTheStamp()
    {
        // Arrange: leader becomes a second admin, after which the first may step down
        await using var fixture = await AdminFixture.CreateAsync();
        var admin = await fixture.CallerAsync("admin");
        var leaderStamp = (await fixture.UserAsync("leader")).SecurityStamp;
        Assert.True((await fixture.Administration.ChangeRoleAsync(admin, (await fixture.UserAsync("leader")).Id, DashboardRoles.Admin, TestContext.Current.CancellationToken)).Succeeded);
        var adminStamp = (await fixture.UserAsync("admin")).SecurityStamp;

        // Act
        var result = await fixture.Administration.ChangeRoleAsync(admin, (await fixture.UserAsync("admin")).Id, DashboardRoles.Staff, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal([DashboardRoles.Admin], await fixture.RolesAsync("leader"));
        Assert.Equal([DashboardRoles.Staff], await fixture.RolesAsync("admin"));
        Assert.NotEqual(leaderStamp, (await fixture.UserAsync("leader")).SecurityStamp);
        Assert.NotEqual(adminStamp, (await fixture.UserAsync("admin")).SecurityStamp);
        var entries = await fixture.AuditEntriesAsync();
        Assert.All(entries, e => Assert.Equal(AuditActions.RoleChanged, e.Action));
        Assert.Equal([("leader", "Leader", "Admin"), ("admin", "Admin", "Staff")],
            entries.Select(e => (e.TargetName, AuditLog.ReadFields(e.Before)["Role"], AuditLog.ReadFields(e.After)["Role"])));
        // The demoted admin's next action is refused: the service reads the role from the database, not the session.
        Assert.Equal(AccountProblem.NotAdmin, (await fixture.Administration.UnlockAsync(admin, (await fixture.UserAsync("staff")).Id, TestContext.Current.CancellationToken)).Problem);
    }

    [Fact]
    public async Task ChangeRegionAsync_BindsTheAccountRenewsTheStampAndAudits()
    {
        await using var fixture = await AdminFixture.CreateAsync();
        var stamp = (await fixture.UserAsync("chengdu")).SecurityStamp;

        var result = await fixture.Administration.ChangeRegionAsync(await fixture.CallerAsync("admin"), (await fixture.UserAsync("chengdu")).Id, "510600", TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var chengdu = await fixture.UserAsync("chengdu");
        Assert.Equal("510600", chengdu.RegionCode);
        Assert.NotEqual(stamp, chengdu.SecurityStamp);
        var entry = Assert.Single(await fixture.AuditEntriesAsync());
        Assert.Equal((AuditActions.RegionChanged, "510100", "510600"),
            (entry.Action, AuditLog.ReadFields(entry.Before)["RegionCode"], AuditLog.ReadFields(entry.After)["RegionCode"]));
    }

    [Fact]
    public async Task ChangeRegionAsync_UnknownRegion_RefusedAndUnchanged()
    {
        await using var fixture = await AdminFixture.CreateAsync();

        var result = await fixture.Administration.ChangeRegionAsync(await fixture.CallerAsync("admin"), (await fixture.UserAsync("chengdu")).Id, "000000", TestContext.Current.CancellationToken);

        Assert.Equal(AccountProblem.UnknownRegion, result.Problem);
        Assert.Equal("510100", (await fixture.UserAsync("chengdu")).RegionCode);
    }

    [Fact]
    public async Task SetDisabledAsync_DisableThenEnable_RenewsTheStampEachTimeAndAuditsBoth()
    {
        // Arrange
        await using var fixture = await AdminFixture.CreateAsync();
        var admin = await fixture.CallerAsync("admin");
        var staff = await fixture.UserAsync("staff");

        // Act
        var disabled = await fixture.Administration.SetDisabledAsync(admin, staff.Id, disabled: true, TestContext.Current.CancellationToken);
        var disabledStaff = await fixture.UserAsync("staff");
        var enabled = await fixture.Administration.SetDisabledAsync(admin, staff.Id, disabled: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(disabled.Succeeded && enabled.Succeeded);
        Assert.True(disabledStaff.IsDisabled);
        Assert.NotEqual(staff.SecurityStamp, disabledStaff.SecurityStamp);
        Assert.NotEqual(disabledStaff.SecurityStamp, (await fixture.UserAsync("staff")).SecurityStamp);
        Assert.False((await fixture.UserAsync("staff")).IsDisabled);
        Assert.Equal([AuditActions.AccountDisabled, AuditActions.AccountEnabled], (await fixture.AuditEntriesAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task ResetPasswordAsync_NewPasswordWorksStampRenewedAndThePasswordIsNotLogged()
    {
        await using var fixture = await AdminFixture.CreateAsync();
        var staff = await fixture.UserAsync("staff");

        var result = await fixture.Administration.ResetPasswordAsync(await fixture.CallerAsync("admin"), staff.Id, NewPassword, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.True(await fixture.CheckPasswordAsync("staff", NewPassword));
        Assert.False(await fixture.CheckPasswordAsync("staff", AccountSeeder.DemoPassword));
        Assert.NotEqual(staff.SecurityStamp, (await fixture.UserAsync("staff")).SecurityStamp);
        var entry = Assert.Single(await fixture.AuditEntriesAsync());
        Assert.Equal((AuditActions.PasswordReset, "staff"), (entry.Action, entry.TargetName));
        Assert.DoesNotContain(NewPassword, $"{entry.Before}{entry.After}{entry.Details}");
    }

    [Fact]
    public async Task ResetPasswordAsync_CommonPassword_RejectedAndTheOldPasswordStays()
    {
        await using var fixture = await AdminFixture.CreateAsync();

        var result = await fixture.Administration.ResetPasswordAsync(await fixture.CallerAsync("admin"), (await fixture.UserAsync("staff")).Id, "password1", TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors, e => e.Code == CommonPasswordValidator.ErrorCode);
        Assert.True(await fixture.CheckPasswordAsync("staff", AccountSeeder.DemoPassword));
        Assert.Empty(await fixture.AuditEntriesAsync());
    }

    [Fact]
    public async Task UnlockAsync_LockedOutAccount_UnlocksAndAudits()
    {
        // Arrange: five wrong passwords lock staff
        await using var fixture = await AdminFixture.CreateAsync();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Entities.DashboardUser>>();
            var staff = (await users.FindByNameAsync("staff"))!;
            for (var failure = 0; failure < 5; failure++)
            {
                await users.AccessFailedAsync(staff);
            }
        }
        var admin = await fixture.CallerAsync("admin");
        Assert.NotNull((await fixture.Administration.ListAsync(admin, TestContext.Current.CancellationToken))!.Single(a => a.UserName == "staff").LockedOutUntil);

        // Act
        var result = await fixture.Administration.UnlockAsync(admin, (await fixture.UserAsync("staff")).Id, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Null((await fixture.Administration.ListAsync(admin, TestContext.Current.CancellationToken))!.Single(a => a.UserName == "staff").LockedOutUntil);
        Assert.Equal(AuditActions.AccountUnlocked, Assert.Single(await fixture.AuditEntriesAsync()).Action);
    }

    [Fact]
    public async Task ListAsync_ByAdmin_ListsEveryAccountWithRoleRegionAndLastSignIn()
    {
        // Arrange: one recorded sign-in of leader
        await using var fixture = await AdminFixture.CreateAsync();
        var leader = await fixture.UserAsync("leader");
        await fixture.Services.GetRequiredService<AuditLog>().WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor(leader.Id, "leader", "10.0.0.1")), TestContext.Current.CancellationToken);

        // Act
        var accounts = await fixture.Administration.ListAsync(await fixture.CallerAsync("admin"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(
            [("admin", "Admin", null, null), ("chengdu", "Staff", "510100", null), ("leader", "Leader", null, AdminFixture.Now.UtcDateTime), ("staff", "Staff", null, null)],
            accounts!.Select(a => (a.UserName, a.Role, a.RegionCode, a.LastSignInUtc)));
        Assert.Equal("成都", accounts!.Single(a => a.UserName == "chengdu").RegionNameZh);
    }
}
