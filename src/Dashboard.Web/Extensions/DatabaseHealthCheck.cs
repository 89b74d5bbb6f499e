using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Extensions;

/// <summary>
/// Behind /healthz: the SQLite database is still there and answers. The file is opened read-write without
/// create, so a database deleted under the running app is reported, never replaced by an empty one.
/// </summary>
public sealed class DatabaseHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (connection.DataSource is not (":memory:" or "") && !File.Exists(connection.DataSource))
        {
            return HealthCheckResult.Unhealthy("The database file is missing.");
        }

        try
        {
            await using var db = new SqliteConnection(connection.ToString());
            await db.OpenAsync(cancellationToken);
            await using var command = db.CreateCommand();
            // Unlike SELECT 1, reading the schema reads the file itself.
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master;";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
