using Dashboard.Web.Extensions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Tests.Extensions;

public sealed class DatabaseHealthCheckTests
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("dashboard-health-").FullName, "dashboard.db");

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    private DatabaseHealthCheck Check => new($"Data Source={_file}");

    [Fact]
    public async Task CheckHealth_DatabaseFile_Healthy()
    {
        // Arrange
        await CreateDatabaseAsync();

        // Act
        var result = await Check.CheckHealthAsync(new HealthCheckContext(), Token);

        // Assert
        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task CheckHealth_FileDeletedWhileRunning_UnhealthyAndNotRecreated()
    {
        // Arrange
        await CreateDatabaseAsync();
        File.Delete(_file);

        // Act
        var result = await Check.CheckHealthAsync(new HealthCheckContext(), Token);

        // Assert
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.False(File.Exists(_file));
    }

    private async Task CreateDatabaseAsync()
    {
        await using var db = new SqliteConnection($"Data Source={_file};Pooling=False");
        await db.OpenAsync(Token);
        await using var command = db.CreateCommand();
        command.CommandText = "CREATE TABLE \"Regions\" (\"Code\" TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync(Token);
    }
}
