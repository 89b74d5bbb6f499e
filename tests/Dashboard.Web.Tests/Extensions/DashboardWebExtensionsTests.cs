using Dashboard.Data.Changes;
using Dashboard.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Extensions;

public sealed class DashboardWebExtensionsTests
{
    [Fact]
    public void AddDashboardWeb_PostgresWithTheSqliteConnectionString_RefusedNamingTheSetting()
    {
        var builder = Builder(new() { ["Dashboard:Database"] = "Postgres", ["ConnectionStrings:Dashboard"] = "Data Source=App_Data/dashboard.db" });

        var error = Assert.Throws<InvalidOperationException>(builder.AddDashboardWeb);

        Assert.Contains("ConnectionStrings:Dashboard must be an Npgsql connection string", error.Message);
    }

    [Fact]
    public async Task AddDashboardWeb_Postgres_ChangesGoThroughPostgresAndHealthAsksIt()
    {
        // Arrange: no server needs to answer for the services to be chosen
        var builder = Builder(new() { ["Dashboard:Database"] = "postgres", ["ConnectionStrings:Dashboard"] = "Host=127.0.0.1;Port=1;Database=dashboard" });

        // Act
        builder.AddDashboardWeb();
        await using var app = builder.Build();

        // Assert
        Assert.IsType<PostgresRecordChangeNotifier>(app.Services.GetRequiredService<IRecordChangeNotifier>());
        var health = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == "database");
        Assert.IsType<PostgresHealthCheck>(health.Factory(app.Services));
    }

    private static WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
