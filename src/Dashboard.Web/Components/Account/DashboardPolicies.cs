using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Components.Account;

/// <summary>What each role may do, by name; checked when a page opens and again on each server-side action.</summary>
public static class DashboardPolicies
{
    /// <summary>Views dashboards, drills, exports and prints: every role.</summary>
    public const string Reader = nameof(Reader);

    /// <summary>Imports and edits records: 工作人员 and 管理员, never 领导.</summary>
    public const string Editor = nameof(Editor);

    public static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder authorization)
    {
        var reader = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(DashboardRoles.All).Build();
        return authorization
            .AddPolicy(Reader, reader)
            .AddPolicy(Editor, policy => policy.RequireAuthenticatedUser().RequireRole(DashboardRoles.Staff, DashboardRoles.Admin))
            // An endpoint that names no policy (a page, a download) is a reader's.
            .SetFallbackPolicy(reader);
    }
}
