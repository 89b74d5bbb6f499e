using System.Net;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Web.Extensions;

/// <summary>
/// Transport and browser hardening: forwarded headers from trusted proxies (off unless configured), HTTPS with HSTS
/// outside Development, the security headers on every response, and the flags on every cookie the server sets.
/// </summary>
public static class DashboardSecurityExtensions
{
    private const string ForwardedHeadersSection = "Dashboard:ForwardedHeaders";

    public static void AddDashboardSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var (proxies, networks) = TrustedProxies(builder.Configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in configuration are believed, not the loopback ones the framework trusts by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Every cookie the server sets (sign-in, antiforgery, culture) is HttpOnly, at least SameSite=Lax, and Secure
        // when the request came over HTTPS. The theme cookie is set by script (js/preferences.js), which adds Secure itself.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.Secure = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends X-Frame-Options: DENY on every response, not only on pages with a form.
            options.SuppressXFrameOptionsHeader = true;
        });
    }

    /// <summary>First in the pipeline, so the rate limit, HTTPS redirection and cookies see the client's address and scheme.</summary>
    public static void UseDashboardSecurityHeaders(this WebApplication app)
    {
        var (proxies, networks) = TrustedProxies(app.Configuration);
        if (proxies.Length + networks.Length > 0)
        {
            app.UseForwardedHeaders();
        }
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context);
            return next(context);
        });
        app.UseCookiePolicy();
    }

    private static (string[] Proxies, string[] Networks) TrustedProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(ForwardedHeadersSection);
        return (section.GetSection("KnownProxies").Get<string[]>() ?? [], section.GetSection("KnownNetworks").Get<string[]>() ?? []);
    }

    /// <summary>
    /// Outside Development, HSTS (never for localhost) and a redirect from HTTP to HTTPS when an HTTPS port is known. In
    /// Development <c>dotnet run</c> and the browser tests stay on plain HTTP. After the exception handler, as its
    /// re-executed error page clears the headers set before it.
    /// </summary>
    public static void UseDashboardHttps(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
    }
}
