using System.Security.Claims;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Data.Accounts;

/// <summary>
/// Identity's claims (name, roles, security stamp) plus the 市州 an account is bound to, so a signed-in reader's
/// <see cref="RecordScope"/> is read from the principal. A changed binding changes the security stamp, and the
/// stale principal stops being accepted within a minute.
/// </summary>
public sealed class DashboardClaimsPrincipalFactory(
    UserManager<DashboardUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DashboardUser, IdentityRole>(users, roles, options)
{
    public const string RegionClaim = "dashboard:region";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DashboardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.RegionCode is { } region)
        {
            identity.AddClaim(new Claim(RegionClaim, region));
        }
        return identity;
    }

    /// <summary>The records <paramref name="user"/> may see.</summary>
    public static RecordScope ScopeOf(ClaimsPrincipal user) => new(user.FindFirst(RegionClaim)?.Value);
}
