using System.Security.Claims;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// Identity's sign-in manager for which a disabled account can neither sign in nor keep a session: the cookie's
/// security-stamp check and the circuit's revalidation both go through <see cref="ValidateSecurityStampAsync(ClaimsPrincipal?)"/>.
/// Every password sign-in, lockout and sign-out goes into the audit log with the client's address.
/// </summary>
public sealed class DashboardSignInManager(
    UserManager<DashboardUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DashboardUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<DashboardUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DashboardUser> confirmation,
    AuditLog audit)
    : SignInManager<DashboardUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(DashboardUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<DashboardUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
        => await base.ValidateSecurityStampAsync(principal) is { } user && await CanSignInAsync(user) ? user : null;

    // The same steps as the base overload, with the account in hand to tell a lockout this attempt caused from an earlier one.
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is not { } user)
        {
            await AuditAsync(AuditActions.SignInFailed, null, userName, SignInFailures.UnknownUser);
            return SignInResult.Failed;
        }
        var wasLockedOut = await UserManager.IsLockedOutAsync(user);
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.Succeeded)
        {
            await AuditAsync(AuditActions.SignIn, user.Id, user.UserName, null);
        }
        else if (result.IsLockedOut && wasLockedOut)
        {
            await AuditAsync(AuditActions.SignInFailed, user.Id, user.UserName, SignInFailures.LockedOut);
        }
        else
        {
            await AuditAsync(AuditActions.SignInFailed, user.Id, user.UserName, result.IsNotAllowed ? SignInFailures.NotAllowed : SignInFailures.WrongPassword);
            if (result.IsLockedOut)
            {
                await AuditAsync(AuditActions.LockedOut, user.Id, user.UserName, null);
            }
        }
        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        await base.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true)
        {
            await AuditAsync(AuditActions.SignOut, UserManager.GetUserId(principal), UserManager.GetUserName(principal), null);
        }
    }

    private Task AuditAsync(string action, string? userId, string? userName, string? details)
        => audit.WriteAsync(new AuditEvent(action, new AuditActor(userId, userName, Context.Connection.RemoteIpAddress?.ToString())) { Details = details });
}
