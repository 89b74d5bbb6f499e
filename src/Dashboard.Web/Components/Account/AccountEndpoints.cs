using System.Globalization;
using System.Threading.RateLimiting;
using Dashboard.Data.Entities;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Account;

/// <summary>The sign-out endpoint and the sign-in rate limit: what the account pages need beside the pages themselves.</summary>
public static class AccountEndpoints
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// Password attempts a client address may post a minute, over all accounts: lockout guards one account, this guards
    /// many. An office whose readers share one address (behind a proxy without forwarded headers) may need more.
    /// </summary>
    public const int DefaultSignInAttemptsPerMinute = 10;

    public static void AddSignInRateLimit(this IServiceCollection services, int attemptsPerMinute)
        => services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = attemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                })
                : RateLimitPartition.GetNoLimiter(""));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                var loc = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Resources.Account>>();
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(loc[nameof(Resources.Account.TooManyAttempts)], cancellationToken);
            };
        });

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(DashboardUrls.SignOutPath, SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());

    private static async Task<IResult> SignOutAsync(SignInManager<DashboardUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(DashboardUrls.SignInPath);
    }
}
