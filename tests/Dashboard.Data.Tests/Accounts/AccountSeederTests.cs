using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Accounts;

public sealed class AccountSeederTests
{
    private static readonly AccountSeedOptions s_development = new(DemoAccounts: true, null, null);

    [Fact]
    public async Task SeedAccounts_DevelopmentTwice_CreatesTheFourDemoAccountsOnce()
    {
        // Arrange
        await using var database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        await using var services = AccountServices.Create(database, s_development);

        // Act
        await services.SeedDashboardAccountsAsync();
        await services.SeedDashboardAccountsAsync();

        // Assert
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        Assert.Equal(["admin", "chengdu", "leader", "staff"], await users.Users.Select(u => u.UserName!).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken));
        foreach (var (userName, role, regionCode) in AccountSeeder.DemoAccounts)
        {
            var user = (await users.FindByNameAsync(userName))!;
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.Equal(regionCode, user.RegionCode);
            Assert.True(await users.CheckPasswordAsync(user, AccountSeeder.DemoPassword));
        }
        Assert.False(services.GetRequiredService<AccountStatus>().NeedsAdmin);
    }

    [Fact]
    public async Task SeedAccounts_ProductionWithBootstrapAdmin_CreatesOnlyThatAdmin()
    {
        // Arrange
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var services = AccountServices.Create(database, new AccountSeedOptions(DemoAccounts: false, "zhangsan", "四川省总工会管理员口令"));

        // Act
        await services.SeedDashboardAccountsAsync();
        await services.SeedDashboardAccountsAsync();

        // Assert
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var admin = Assert.Single(await users.Users.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("zhangsan", admin.UserName);
        Assert.Equal([DashboardRoles.Admin], await users.GetRolesAsync(admin));
        Assert.True(await users.CheckPasswordAsync(admin, "四川省总工会管理员口令"));
        Assert.False(services.GetRequiredService<AccountStatus>().NeedsAdmin);
    }

    [Fact]
    public async Task SeedAccounts_ProductionWithoutBootstrapAdmin_CreatesNoneAndReportsNoAdmin()
    {
        // Arrange
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var services = AccountServices.Create(database, new AccountSeedOptions(DemoAccounts: false, null, null));

        // Act
        await services.SeedDashboardAccountsAsync();

        // Assert
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.Users.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DashboardRoles.All.Order(), await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(services.GetRequiredService<AccountStatus>().NeedsAdmin);
    }
}
