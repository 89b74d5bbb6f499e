using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Accounts;

/// <summary>
/// Identity's user manager with lockout read from the registered <see cref="TimeProvider"/>: Identity's own
/// lockout reads <c>DateTimeOffset.UtcNow</c>, so a test could only see a lockout lift by waiting 15 minutes.
/// </summary>
public sealed class DashboardUserManager(
    IUserStore<DashboardUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<DashboardUser> passwordHasher,
    IEnumerable<IUserValidator<DashboardUser>> userValidators,
    IEnumerable<IPasswordValidator<DashboardUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<DashboardUser>> logger,
    TimeProvider clock)
    : UserManager<DashboardUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<DashboardUser> LockoutStore => (IUserLockoutStore<DashboardUser>)Store;

    public override async Task<bool> IsLockedOutAsync(DashboardUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        return await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken)
            && await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken) > clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(DashboardUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var failures = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            Logger.LogWarning("User {UserName} is locked out for {Minutes} minutes after {Failures} failed sign-ins.",
                user.UserName, Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes, failures);
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    /// <summary>
    /// Sets a new password without the old one or a reset token (an admin's reset), checked by the same validators as
    /// every password. A new security stamp goes with it, so the account's open sessions end at their next check.
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(DashboardUser user, string newPassword)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var result = await UpdatePasswordHash(user, newPassword, validatePassword: true);
        return result.Succeeded ? await UpdateUserAsync(user) : result;
    }
}
