using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Seeding;
using Dashboard.Web.Components;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Model;
using Dashboard.Web.Services;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Data.Sqlite;
using Npgsql;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Extensions;

public static class DashboardWebExtensions
{
    public static void AddDashboardWeb(this WebApplicationBuilder builder)
    {
        // Circuit limits come from Dashboard:Circuits (appsettings.json says why each value was chosen).
        var circuits = builder.Configuration.GetSection("Dashboard:Circuits");
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(circuits.Bind)
            .AddHubOptions(options => options.MaximumReceiveMessageSize = circuits.GetValue("MaximumReceiveMessageSize", 32L * 1024));
        builder.Services.AddDashboardUi();

        var seedDirectory = Path.Combine(AppContext.BaseDirectory, builder.Configuration["Dashboard:SeedDirectory"] ?? "seeds");
        var seedOptions = new SeedOptions(seedDirectory, builder.Configuration.GetValue("Dashboard:SampleData", defaultValue: true));
        var provider = builder.Configuration.GetValue("Dashboard:Database", DatabaseProvider.Sqlite);
        var connectionString = provider == DatabaseProvider.Postgres ? PostgresConnectionString(builder) : SqliteConnectionString(builder);
        builder.Services.AddSingleton(new ImportLimits(MaxFileBytes: builder.Configuration.GetValue("Dashboard:ImportMaxFileMegabytes", 20) * 1024L * 1024));
        builder.Services.AddDashboardData(connectionString, seedOptions, provider);
        builder.Services.AddScoped<ListExports>();
        builder.Services.AddScoped<AuditExport>();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddHostedService<ImportWorker>();
        builder.Services.AddHealthChecks().AddCheck("database", provider == DatabaseProvider.Postgres
            ? new PostgresHealthCheck(connectionString)
            : new DatabaseHealthCheck(connectionString));
        builder.AddDashboardAccounts();
        builder.AddDashboardSecurity();
    }

    /// <summary>MudBlazor, speaking Chinese where the reader does, and the app's own localized texts; shared with the component tests.</summary>
    public static IServiceCollection AddDashboardUi(this IServiceCollection services, Action<MudServicesConfiguration>? configureMud = null)
    {
        services.AddMudServices(configureMud ?? (_ => { }));
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        // Chinese text goes out as UTF-8, not as &#x…; escapes that triple its size.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddLocalization();
        return services;
    }

    public static void UseDashboardWeb(this WebApplication app)
    {
        app.UseDashboardSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseDashboardHttps();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Chinese unless the reader chose English: the choice lives in the culture cookie only.
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(DashboardCultures.Chinese)
                .AddSupportedCultures([.. DashboardCultures.Supported])
                .AddSupportedUICultures([.. DashboardCultures.Supported]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // Everything else needs a signed-in user (the fallback policy); the sign-in page allows anonymous readers itself.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks(DashboardUrls.HealthPath).AllowAnonymous();
        app.MapGet(DashboardUrls.SetCulturePath, SetCulture).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapListExport();
        // SecurityHeaders sends the whole policy, frame-ancestors included; Blazor's own frame-ancestors header would be a second one.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
    }

    /// <summary>Stores the chosen language in the culture cookie and goes back to the page it was chosen on; another site's link only goes back.</summary>
    private static IResult SetCulture(string? culture, string? redirectUri, HttpContext context)
    {
        var headers = context.Request.Headers;
        if (CultureSwitchRequest.IsFromThisSite(headers["Sec-Fetch-Site"], headers.Origin, headers.Referer, context.Request.Host.Value ?? ""))
        {
            var chosen = DashboardCultures.Supported.Contains(culture) ? culture! : DashboardCultures.Chinese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }
        return Results.LocalRedirect(CultureSwitchRequest.ReturnPath(redirectUri));
    }

    /// <summary>
    /// PostgreSQL has no default database: the connection string must name its server. The SQLite default in
    /// appsettings.json is refused with a message rather than read as a server's name.
    /// </summary>
    private static string PostgresConnectionString(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Dashboard");
        NpgsqlConnectionStringBuilder? connection = null;
        try
        {
            connection = configured is null ? null : new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException)
        {
        }
        return connection is { Host.Length: > 0 }
            ? connection.ConnectionString
            : throw new InvalidOperationException(
                "Dashboard:Database is Postgres, so ConnectionStrings:Dashboard must be an Npgsql connection string such as " +
                "\"Host=db.example;Database=dashboard;Username=dashboard;Password=…\".");
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder is created.</summary>
    private static string SqliteConnectionString(WebApplicationBuilder builder)
    {
        var connection = new SqliteConnectionStringBuilder(
            builder.Configuration.GetConnectionString("Dashboard") ?? "Data Source=App_Data/dashboard.db");
        if (connection.DataSource is not (":memory:" or "") && !Path.IsPathRooted(connection.DataSource))
        {
            connection.DataSource = Path.Combine(builder.Environment.ContentRootPath, connection.DataSource);
        }
        if (Path.GetDirectoryName(connection.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        return connection.ToString();
    }
}
