using Dashboard.Data;
using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Extensions;

public static class DashboardAccountsExtensions
{
    /// <summary>
    /// Cookie sign-in over the data layer's accounts. Every endpoint needs a signed-in user unless it says otherwise,
    /// and the keys that protect the cookie live in the database, so a restart or a second server keeps people signed in.
    /// </summary>
    public static void AddDashboardAccounts(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var seedOptions = new AccountSeedOptions(
            DemoAccounts: builder.Environment.IsDevelopment(),
            configuration["Dashboard:BootstrapAdmin:UserName"],
            configuration["Dashboard:BootstrapAdmin:Password"]);
        var services = builder.Services;
        services.AddDashboardAccounts(seedOptions).AddSignInManager<DashboardSignInManager>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "dashboard.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = DashboardUrls.SignInPath;
            options.ReturnUrlParameter = "returnUrl";
            // A signed-in reader without the role (a leader at 账户管理) gets 403, shown as the not-found page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Identity checks a cookie against the database every 30 minutes by default; an admin's change should bite within one.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorizationBuilder().AddDashboardPolicies();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountStateProvider>();
        services.AddScoped<IRecordScopeSource, AccountRecordScope>();
        services.AddScoped<ActionAuthorization>();
        // A fixed application name, so servers started from different folders read each other's cookies.
        services.AddDataProtection().SetApplicationName("Dashboard").PersistKeysToDbContext<DashboardDbContext>();
        services.AddSignInRateLimit(configuration.GetValue("Dashboard:SignInAttemptsPerMinute", AccountEndpoints.DefaultSignInAttemptsPerMinute));
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        services.AddScoped<CircuitHandler, ClientAddressCircuitHandler>();
    }
}
