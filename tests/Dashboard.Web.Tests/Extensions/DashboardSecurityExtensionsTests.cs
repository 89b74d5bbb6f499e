using System.Net;
using Dashboard.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Web.Tests.Extensions;

/// <summary>
/// The app's security middleware in a real ASP.NET Core pipeline, one request through it: no server, no certificate.
/// An HTTPS request is one whose scheme says so, as Kestrel or a trusted proxy would set it.
/// </summary>
public sealed class DashboardSecurityExtensionsTests
{
    private const string Host = "dashboard.example.org";

    [Fact]
    public async Task UseDashboardHttps_ProductionOverHttps_SendsHsts()
    {
        var context = await SendAsync("Production", $"https://{Host}/tiers");

        Assert.Equal("max-age=2592000", context.Response.Headers.StrictTransportSecurity);
    }

    [Fact]
    public async Task UseDashboardHttps_DevelopmentOverHttps_SendsNoHsts()
    {
        var context = await SendAsync("Development", $"https://{Host}/tiers");

        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task UseDashboardHttps_ProductionOverHttpWithAnHttpsPort_RedirectsToHttps()
    {
        var context = await SendAsync("Production", $"http://{Host}/tiers", new() { ["https_port"] = "443" });

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        Assert.Equal($"https://{Host}/tiers", context.Response.Headers.Location);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task UseDashboardHttps_DevelopmentOverHttpWithAnHttpsPort_StaysOnHttp()
    {
        var context = await SendAsync("Development", $"http://{Host}/tiers", new() { ["https_port"] = "443" });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("https", "probe=1; path=/; secure; samesite=lax; httponly")]
    [InlineData("http", "probe=1; path=/; samesite=lax; httponly")]
    public async Task UseDashboardSecurityHeaders_CookieWithoutFlags_HttpOnlyLaxAndSecureOverHttps(string scheme, string expected)
    {
        var context = await SendAsync("Production", $"{scheme}://{Host}/culture/set", respond: c => c.Response.Cookies.Append("probe", "1"));

        Assert.Equal(expected, context.Response.Headers.SetCookie);
    }

    [Fact]
    public async Task UseDashboardSecurityHeaders_ForwardedByAKnownProxy_TakesTheClientsAddressAndScheme()
    {
        var context = await SendAsync("Production", $"http://{Host}/tiers", new() { ["Dashboard:ForwardedHeaders:KnownProxies:0"] = "10.0.0.5" },
            from: "10.0.0.5", forwardedFor: "203.0.113.7");

        Assert.Equal(IPAddress.Parse("203.0.113.7"), context.Connection.RemoteIpAddress);
        Assert.True(context.Request.IsHttps);
        Assert.Equal("max-age=2592000", context.Response.Headers.StrictTransportSecurity);
    }

    [Fact]
    public async Task UseDashboardSecurityHeaders_ForwardedFromAKnownNetwork_TakesTheClientsAddress()
    {
        var context = await SendAsync("Production", $"https://{Host}/tiers", new() { ["Dashboard:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8" },
            from: "10.1.2.3", forwardedFor: "203.0.113.7");

        Assert.Equal(IPAddress.Parse("203.0.113.7"), context.Connection.RemoteIpAddress);
    }

    [Theory]
    // A proxy that is not named is not believed.
    [InlineData("10.0.0.5", "10.0.0.9")]
    // Nothing named: forwarded headers are ignored, even from loopback, which the framework would trust by default.
    [InlineData(null, "127.0.0.1")]
    public async Task UseDashboardSecurityHeaders_ForwardedByAnUnknownProxy_KeepsThePeersAddress(string? knownProxy, string from)
    {
        var settings = knownProxy is null ? [] : new Dictionary<string, string?> { ["Dashboard:ForwardedHeaders:KnownProxies:0"] = knownProxy };

        var context = await SendAsync("Production", $"http://{Host}/tiers", settings, from, forwardedFor: "203.0.113.7");

        Assert.Equal(IPAddress.Parse(from), context.Connection.RemoteIpAddress);
        Assert.False(context.Request.IsHttps);
    }

    /// <summary>
    /// Builds the app's security pipeline in <paramref name="environment"/> and sends one request through it; the
    /// endpoint behind it answers 200 or as <paramref name="respond"/> says. A forwarded request says it came over HTTPS.
    /// </summary>
    private static async Task<HttpContext> SendAsync(string environment, string url, Dictionary<string, string?>? settings = null,
        string from = "192.0.2.10", string? forwardedFor = null, Action<HttpContext>? respond = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddDashboardSecurity();
        await using var app = builder.Build();
        app.UseDashboardSecurityHeaders();
        app.UseDashboardHttps();
        app.Run(context =>
        {
            respond?.Invoke(context);
            return Task.CompletedTask;
        });

        var uri = new Uri(url);
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(uri.Authority);
        context.Request.Path = uri.AbsolutePath;
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        }
        await ((IApplicationBuilder)app).Build()(context);
        return context;
    }
}
