using System.Security.Claims;
using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Tests.Shared.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Shared;

/// <summary>
/// A seeded database (the 市州 included) with the Development demo accounts (leader, staff, admin, chengdu), the app's
/// account services on a clock standing at <see cref="Now"/>, and callers signed in as any of them.
/// </summary>
internal sealed class AdminFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private AdminFixture(SqliteTestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public SqliteTestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public AccountAdministration Administration => Services.GetRequiredService<AccountAdministration>();

    public static async Task<AdminFixture> CreateAsync()
    {
        var database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        var services = AccountServices.Create(database, new AccountSeedOptions(DemoAccounts: true, null, null), new FakeTimeProvider(Now));
        await services.SeedDashboardAccountsAsync();
        return new AdminFixture(database, services);
    }

    /// <summary>A request from <paramref name="userName"/>'s session: the cookie carries the account's id, nothing the service trusts beyond it.</summary>
    public async Task<AccountCaller> CallerAsync(string userName, string clientAddress = "10.0.0.7")
    {
        var user = await UserAsync(userName);
        return new AccountCaller(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, DashboardRoles.Admin)], "test")),
            clientAddress);
    }

    /// <summary>The account as the database holds it now, read in a fresh scope.</summary>
    public async Task<DashboardUser> UserAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync(userName))!;
    }

    public async Task<IList<string>> RolesAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }

    public async Task<bool> CheckPasswordAsync(string userName, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }

    public async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
