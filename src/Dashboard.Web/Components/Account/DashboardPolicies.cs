using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Components.Account;

/// <summary>What each role may do, by name; checked when a page opens and again on each server-side action.</summary>
public static class DashboardPolicies
{
    /// <summary>Views dashboards, drills, exports and prints: every role.</summary>
    public const string Reader = nameof(Reader);

    public static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder authorization)
    {
        var reader = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(DashboardRoles.All).Build();
        return authorization
            .AddPolicy(Reader, reader)
            // An endpoint that names no policy (a page, a download) is a reader's.
            .SetFallbackPolicy(reader);
    }
}
