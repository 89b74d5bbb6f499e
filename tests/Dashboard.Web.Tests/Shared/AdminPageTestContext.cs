using System.Security.Claims;
using Dashboard.Data;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Dashboard.Web.Components.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Shared;

/// <summary>
/// An admin page over the seeded database with the Development demo accounts (leader, staff, admin, chengdu) and the
/// app's account services, the reader signed in as one of them the way the cookie says it: by the account's id.
/// </summary>
public abstract class AdminPageTestContext : PageTestContext
{
    protected AdminPageTestContext()
    {
        Services.AddDashboardAccounts(new AccountSeedOptions(DemoAccounts: true, null, null));
    }

    /// <summary>Creates the demo accounts (once) and signs the reader in as <paramref name="userName"/> with the role the cookie would carry.</summary>
    protected async Task SignInAsAsync(string userName)
    {
        await Services.SeedDashboardAccountsAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        Authorization.SetAuthorized(userName);
        Authorization.SetRoles([.. await users.GetRolesAsync(user)]);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }

    /// <summary>A caller for the service itself, to set the scene as another admin would have.</summary>
    protected async Task<AccountCaller> CallerAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync(userName))!;
        return new AccountCaller(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test")), "192.0.2.1");
    }

    protected async Task<string> UserIdAsync(string userName)
    {
        await using var db = Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    protected AccountAdministration Administration => Services.GetRequiredService<AccountAdministration>();

    protected AuditLog AuditLog => Services.GetRequiredService<AuditLog>();
}
