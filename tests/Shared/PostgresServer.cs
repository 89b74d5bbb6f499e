namespace Dashboard.Tests.Shared;

/// <summary>
/// The PostgreSQL server tests may use, named by <see cref="EnvironmentVariable"/> as an Npgsql connection string to a
/// database the tests' user can create databases from (.ci/run starts one and sets it). Each test makes its own database.
/// </summary>
internal static class PostgresServer
{
    public const string EnvironmentVariable = "DASHBOARD_TEST_POSTGRES";

    /// <summary>The server's connection string; skips the test without one, except under CI, where it fails.</summary>
    public static string Require()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        TestEnvironment.Require(!string.IsNullOrWhiteSpace(connectionString),
            $"{EnvironmentVariable} names no PostgreSQL server (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\").");
        return connectionString;
    }

    /// <summary>A database name no other test uses, for a database a test creates and drops.</summary>
    public static string NewDatabaseName(string purpose) => $"dashboard_{purpose}_{Guid.NewGuid():N}";
}
