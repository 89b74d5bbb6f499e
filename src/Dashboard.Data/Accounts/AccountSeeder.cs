using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Accounts;

/// <summary>
/// Creates the roles, then either the Development demo accounts or the first admin from configuration. Idempotent:
/// an account that exists is left as it is, so a password changed after the first start stays changed.
/// </summary>
public sealed class AccountSeeder(UserManager<DashboardUser> users, RoleManager<IdentityRole> roles, AccountStatus status, ILogger<AccountSeeder> logger)
{
    public const string DemoPassword = "Sichuan-Demo-2025";

    /// <summary>The Development demo accounts: user name, role and bound 市州.</summary>
    public static IReadOnlyList<(string UserName, string Role, string? RegionCode)> DemoAccounts { get; } =
    [
        ("leader", DashboardRoles.Leader, null),
        ("staff", DashboardRoles.Staff, null),
        ("admin", DashboardRoles.Admin, null),
        ("chengdu", DashboardRoles.Staff, "510100"),
    ];

    public async Task SeedAsync(AccountSeedOptions options)
    {
        foreach (var role in DashboardRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (options.DemoAccounts)
        {
            foreach (var (userName, role, regionCode) in DemoAccounts)
            {
                await CreateIfMissingAsync(userName, DemoPassword, role, regionCode);
            }
        }
        else if (!(await users.GetUsersInRoleAsync(DashboardRoles.Admin)).Any(u => !u.IsDisabled))
        {
            await BootstrapAdminAsync(options);
        }
        status.NeedsAdmin = !(await users.GetUsersInRoleAsync(DashboardRoles.Admin)).Any(u => !u.IsDisabled);
    }

    private async Task BootstrapAdminAsync(AccountSeedOptions options)
    {
        if (options is not { BootstrapAdminUserName: { Length: > 0 } userName, BootstrapAdminPassword: { Length: > 0 } password })
        {
            logger.LogWarning("No active admin exists. Set Dashboard:BootstrapAdmin:UserName and Dashboard:BootstrapAdmin:Password and restart to create one.");
            return;
        }
        // An existing account of that name is refused (DuplicateUserName), never promoted without its password.
        var result = await CreateAsync(userName, password, DashboardRoles.Admin, regionCode: null);
        if (result.Succeeded)
        {
            logger.LogInformation("Created the first admin, {UserName}, from configuration.", userName);
        }
        else
        {
            logger.LogError("The admin from configuration was not created: {Errors}", Describe(result));
        }
    }

    private async Task CreateIfMissingAsync(string userName, string password, string role, string? regionCode)
    {
        if (await users.Users.AnyAsync(u => u.UserName == userName))
        {
            return;
        }
        Check(await CreateAsync(userName, password, role, regionCode), userName);
        logger.LogInformation("Created the demo account {UserName} ({Role}).", userName, role);
    }

    private async Task<IdentityResult> CreateAsync(string userName, string password, string role, string? regionCode)
    {
        var user = new DashboardUser { UserName = userName, RegionCode = regionCode };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    private static void Check(IdentityResult result, string name)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating {name} failed: {Describe(result)}");
        }
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"));
}
