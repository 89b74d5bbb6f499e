using System.Security.Claims;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Accounts;

/// <summary>The signed-in user asking for a change, and the client address the request came from.</summary>
public sealed record AccountCaller(ClaimsPrincipal User, string? ClientAddress);

/// <summary>A new account as an admin fills it in: the password is checked by the same validators as every other.</summary>
public sealed record NewAccount(string UserName, string Password, string Role, string? RegionCode);

/// <param name="LastSignInUtc">From the audit log: the account's latest successful sign-in.</param>
public sealed record AccountRow(
    string Id, string UserName, string? Role, string? RegionCode, string? RegionNameZh, string? RegionNameEn,
    bool IsDisabled, DateTimeOffset? LockedOutUntil, DateTime? LastSignInUtc);

public enum AccountProblem
{
    None,

    /// <summary>The caller is not (or no longer) an active admin.</summary>
    NotAdmin,
    NotFound,

    /// <summary>The change would leave no active admin.</summary>
    LastAdmin,
    UnknownRole,
    UnknownRegion,

    /// <summary>Identity refused it: see <see cref="AccountResult.Errors"/> (duplicate or invalid user name, weak password).</summary>
    Rejected,
}

public sealed record AccountResult(AccountProblem Problem, IReadOnlyList<IdentityError> Errors)
{
    public static AccountResult Ok { get; } = new(AccountProblem.None, []);

    public bool Succeeded => Problem == AccountProblem.None;

    public static AccountResult Fail(AccountProblem problem) => new(problem, []);

    public static AccountResult Rejected(IdentityResult result) => new(AccountProblem.Rejected, [.. result.Errors]);
}

/// <summary>
/// What an admin does to accounts: create, change role and 市州, reset a password, disable and enable, unlock. Every call
/// checks in the database that the caller is an active admin, refuses to leave no active admin, renews the account's
/// security stamp when its rights or password change (its open pages lose them within a minute), and writes the audit
/// entry in the same transaction as the change.
/// </summary>
/// <remarks>A singleton: each call takes a fresh scope, so a circuit never reads accounts its own context loaded earlier.</remarks>
public sealed class AccountAdministration(IServiceScopeFactory scopes, AuditLog audit)
{
    // The keys of an audit entry's before and after fields.
    public const string RoleField = "Role";
    public const string RegionField = "RegionCode";
    public const string DisabledField = "Disabled";
    public const string LockedOutUntilField = "LockedOutUntil";

    /// <summary>Whether <paramref name="user"/> is, in the database now, an admin and not disabled: for pages that only read, such as the audit log.</summary>
    public async Task<bool> IsActiveAdminAsync(ClaimsPrincipal user)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ActiveAdminAsync(scope.ServiceProvider.GetRequiredService<DashboardUserManager>(), user) is not null;
    }

    /// <summary>Every account by user name, or null when the caller is not an active admin.</summary>
    public async Task<IReadOnlyList<AccountRow>?> ListAsync(AccountCaller caller, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DashboardUserManager>();
        if (await ActiveAdminAsync(users, caller.User) is null)
        {
            return null;
        }
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.RegionCode, RegionNameZh = u.Region!.ShortNameZh, RegionNameEn = u.Region.NameEn, u.IsDisabled, u.LockoutEnd,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var lastSignIns = await db.AuditEntries
            .Where(e => e.Action == AuditActions.SignIn && e.ActorId != null)
            .GroupBy(e => e.ActorId!)
            .Select(g => new { g.Key, Last = g.Max(e => e.TimeUtc) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        return [.. accounts.Select(a => new AccountRow(
            a.Id, a.UserName ?? "", a.Role, a.RegionCode, a.RegionNameZh, a.RegionNameEn, a.IsDisabled,
            a.LockoutEnd > now ? a.LockoutEnd : null, lastSignIns.TryGetValue(a.Id, out var last) ? last : null))];
    }

    public async Task<AccountResult> CreateAsync(AccountCaller caller, NewAccount account, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DashboardUserManager>();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ActiveAdminAsync(users, caller.User) is not { } admin)
        {
            return AccountResult.Fail(AccountProblem.NotAdmin);
        }
        if (!DashboardRoles.All.Contains(account.Role))
        {
            return AccountResult.Fail(AccountProblem.UnknownRole);
        }
        var regionCode = string.IsNullOrWhiteSpace(account.RegionCode) ? null : account.RegionCode;
        if (regionCode is not null && !await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            return AccountResult.Fail(AccountProblem.UnknownRegion);
        }
        var user = new DashboardUser { UserName = account.UserName.Trim(), RegionCode = regionCode };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return AccountResult.Rejected(created);
        }
        var added = await users.AddToRoleAsync(user, account.Role);
        if (!added.Succeeded)
        {
            return AccountResult.Rejected(added);
        }
        await SaveAuditAsync(db, new AuditEvent(AuditActions.AccountCreated, Actor(admin, caller))
        {
            TargetId = user.Id,
            TargetName = user.UserName,
            After = new Dictionary<string, string?> { [RoleField] = account.Role, [RegionField] = regionCode, [DisabledField] = "false" },
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Ok;
    }

    public Task<AccountResult> ChangeRoleAsync(AccountCaller caller, string userId, string role, CancellationToken cancellationToken = default)
        => ChangeAsync(caller, userId, cancellationToken, async change =>
        {
            if (!DashboardRoles.All.Contains(role))
            {
                return AccountResult.Fail(AccountProblem.UnknownRole);
            }
            var roles = await change.Users.GetRolesAsync(change.User);
            var before = roles.FirstOrDefault();
            if (roles.Count == 1 && before == role)
            {
                return AccountResult.Ok;
            }
            if (before == DashboardRoles.Admin && await IsLastActiveAdminAsync(change.Users, change.User))
            {
                return AccountResult.Fail(AccountProblem.LastAdmin);
            }
            var removed = await change.Users.RemoveFromRolesAsync(change.User, roles);
            var added = removed.Succeeded ? await change.Users.AddToRoleAsync(change.User, role) : removed;
            if (!added.Succeeded)
            {
                return AccountResult.Rejected(added);
            }
            return await change.StampAndAuditAsync(AuditActions.RoleChanged, RoleField, before, role);
        });

    public Task<AccountResult> ChangeRegionAsync(AccountCaller caller, string userId, string? regionCode, CancellationToken cancellationToken = default)
        => ChangeAsync(caller, userId, cancellationToken, async change =>
        {
            regionCode = string.IsNullOrWhiteSpace(regionCode) ? null : regionCode;
            if (regionCode is not null && !await change.Db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
            {
                return AccountResult.Fail(AccountProblem.UnknownRegion);
            }
            var before = change.User.RegionCode;
            if (before == regionCode)
            {
                return AccountResult.Ok;
            }
            change.User.RegionCode = regionCode;
            return await change.StampAndAuditAsync(AuditActions.RegionChanged, RegionField, before, regionCode);
        });

    public Task<AccountResult> SetDisabledAsync(AccountCaller caller, string userId, bool disabled, CancellationToken cancellationToken = default)
        => ChangeAsync(caller, userId, cancellationToken, async change =>
        {
            if (change.User.IsDisabled == disabled)
            {
                return AccountResult.Ok;
            }
            if (disabled && await IsLastActiveAdminAsync(change.Users, change.User))
            {
                return AccountResult.Fail(AccountProblem.LastAdmin);
            }
            change.User.IsDisabled = disabled;
            return await change.StampAndAuditAsync(disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled,
                DisabledField, Flag(!disabled), Flag(disabled));
        });

    public Task<AccountResult> UnlockAsync(AccountCaller caller, string userId, CancellationToken cancellationToken = default)
        => ChangeAsync(caller, userId, cancellationToken, async change =>
        {
            var before = change.User.LockoutEnd;
            var unlocked = await change.Users.SetLockoutEndDateAsync(change.User, null);
            if (unlocked.Succeeded)
            {
                unlocked = await change.Users.ResetAccessFailedCountAsync(change.User);
            }
            if (!unlocked.Succeeded)
            {
                return AccountResult.Rejected(unlocked);
            }
            await change.AuditAsync(AuditActions.AccountUnlocked, LockedOutUntilField, before?.UtcDateTime.ToString("O"), null);
            return AccountResult.Ok;
        });

    /// <summary>Sets a new password; the audit entry records that it was reset, never the password.</summary>
    public Task<AccountResult> ResetPasswordAsync(AccountCaller caller, string userId, string newPassword, CancellationToken cancellationToken = default)
        => ChangeAsync(caller, userId, cancellationToken, async change =>
        {
            var reset = await change.Users.SetPasswordAsync(change.User, newPassword);
            if (!reset.Succeeded)
            {
                return AccountResult.Rejected(reset);
            }
            await change.AuditAsync(AuditActions.PasswordReset, null, null, null);
            return AccountResult.Ok;
        });

    /// <summary>Checks the caller and finds the account, runs <paramref name="change"/>, and commits only if it succeeded.</summary>
    private async Task<AccountResult> ChangeAsync(
        AccountCaller caller, string userId, CancellationToken cancellationToken, Func<Change, Task<AccountResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<DashboardUserManager>();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        // One transaction over the check, the change and its audit entry: the last-admin check reads what it guards.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ActiveAdminAsync(users, caller.User) is not { } admin)
        {
            return AccountResult.Fail(AccountProblem.NotAdmin);
        }
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AccountResult.Fail(AccountProblem.NotFound);
        }
        var result = await change(new Change(this, users, db, user, Actor(admin, caller), cancellationToken));
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>The caller's account if, in the database now, it is an admin and not disabled; the cookie's role claim may be a minute old.</summary>
    private static async Task<DashboardUser?> ActiveAdminAsync(DashboardUserManager users, ClaimsPrincipal principal)
        => users.GetUserId(principal) is { } id && await users.FindByIdAsync(id) is { IsDisabled: false } user && await users.IsInRoleAsync(user, DashboardRoles.Admin)
            ? user
            : null;

    private static async Task<bool> IsLastActiveAdminAsync(DashboardUserManager users, DashboardUser user)
        => !user.IsDisabled && await users.IsInRoleAsync(user, DashboardRoles.Admin)
            && (await users.GetUsersInRoleAsync(DashboardRoles.Admin)).Count(u => !u.IsDisabled) <= 1;

    private static AuditActor Actor(DashboardUser admin, AccountCaller caller) => new(admin.Id, admin.UserName, caller.ClientAddress);

    private static string Flag(bool value) => value ? "true" : "false";

    private async Task SaveAuditAsync(DashboardDbContext db, AuditEvent audited, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(audit.ToEntry(audited));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One change to one account, inside <see cref="ChangeAsync"/>'s transaction.</summary>
    private sealed record Change(
        AccountAdministration Owner, DashboardUserManager Users, DashboardDbContext Db, DashboardUser User, AuditActor Actor, CancellationToken CancellationToken)
    {
        /// <summary>Saves the account with a new security stamp (its sessions end at their next check), then the audit entry.</summary>
        public async Task<AccountResult> StampAndAuditAsync(string action, string field, string? before, string? after)
        {
            var stamped = await Users.UpdateSecurityStampAsync(User);
            if (!stamped.Succeeded)
            {
                return AccountResult.Rejected(stamped);
            }
            await AuditAsync(action, field, before, after);
            return AccountResult.Ok;
        }

        public Task AuditAsync(string action, string? field, string? before, string? after)
            => Owner.SaveAuditAsync(Db, new AuditEvent(action, Actor)
            {
                TargetId = User.Id,
                TargetName = User.UserName,
                Before = field is null ? null : new Dictionary<string, string?> { [field] = before },
                After = field is null ? null : new Dictionary<string, string?> { [field] = after },
            }, CancellationToken);
    }
}
