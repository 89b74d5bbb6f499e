using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// Checks an open circuit's user every minute: an account disabled, whose security stamp changed (a new
/// password, a change by an admin) or whose 市州 binding changed, becomes anonymous, and <c>Routes</c> sends the page to sign-in.
/// </summary>
internal sealed class RevalidatingAccountStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // The circuit's own scope would keep the user it loaded first; a fresh scope reads the database as it is now.
        await using var scope = scopeFactory.CreateAsyncScope();
        var signInManager = scope.ServiceProvider.GetRequiredService<SignInManager<DashboardUser>>();
        // A 市州 binding changed without a new stamp must still not leave the old scope on open pages.
        return await signInManager.ValidateSecurityStampAsync(authenticationState.User) is { } user
            && DashboardClaimsPrincipalFactory.ScopeOf(authenticationState.User).RegionCode == user.RegionCode;
    }
}
