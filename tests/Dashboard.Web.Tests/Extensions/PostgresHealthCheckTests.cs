using System.Net;
using System.Net.Sockets;
using Dashboard.Tests.Shared;
using Dashboard.Web.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Dashboard.Web.Tests.Extensions;

public sealed class PostgresHealthCheckTests
{
    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckHealth_ServerAnswers_Healthy()
    {
        var check = new PostgresHealthCheck(PostgresServer.Require());

        var result = await check.CheckHealthAsync(new HealthCheckContext(), Token);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task CheckHealth_NothingListens_UnhealthyWithinItsTimeout()
    {
        // Arrange: a port that was free a moment ago
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var check = new PostgresHealthCheck(new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Database = "dashboard" }.ConnectionString);

        // Act
        var result = await check.CheckHealthAsync(new HealthCheckContext(), Token);

        // Assert
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The database does not answer.", result.Description);
    }
}
