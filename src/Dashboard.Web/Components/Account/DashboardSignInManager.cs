using System.Security.Claims;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// Identity's sign-in manager for which a disabled account can neither sign in nor keep a session: the cookie's
/// security-stamp check and the circuit's revalidation both go through <see cref="ValidateSecurityStampAsync(ClaimsPrincipal?)"/>.
/// </summary>
public sealed class DashboardSignInManager(
    UserManager<DashboardUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DashboardUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<DashboardUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DashboardUser> confirmation)
    : SignInManager<DashboardUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(DashboardUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<DashboardUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
        => await base.ValidateSecurityStampAsync(principal) is { } user && await CanSignInAsync(user) ? user : null;
}
