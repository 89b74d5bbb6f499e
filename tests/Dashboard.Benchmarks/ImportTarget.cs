using Dashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Benchmarks;

/// <summary>A throwaway copy of a measured database, for an import to write into; dropped when disposed.</summary>
internal sealed class ImportTarget : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private ImportTarget(DbContextOptions<DashboardDbContext> options, Func<Task> drop)
    {
        Options = options;
        _drop = drop;
    }

    public DbContextOptions<DashboardDbContext> Options { get; }

    public static ImportTarget CopyOfSqlite(string path)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"dashboard-bench-{Guid.NewGuid():N}.db");
        File.Copy(path, copy);
        return new ImportTarget(Of(DatabaseProvider.Sqlite, $"Data Source={copy}"), () =>
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
            return Task.CompletedTask;
        });
    }

    /// <summary>A new database made from the measured one as its template (nothing else may be connected to that one meanwhile).</summary>
    public static async Task<ImportTarget> CopyOfPostgresAsync(string connectionString)
    {
        var source = new NpgsqlConnectionStringBuilder(connectionString);
        var copy = new NpgsqlConnectionStringBuilder(connectionString) { Database = $"dashboard_bench_{Guid.NewGuid():N}" };
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecuteAsync(server, $"CREATE DATABASE \"{copy.Database}\" TEMPLATE \"{source.Database}\"");
        return new ImportTarget(Of(DatabaseProvider.Postgres, copy.ConnectionString), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE \"{copy.Database}\" WITH (FORCE)");
        });
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static DbContextOptions<DashboardDbContext> Of(DatabaseProvider provider, string connectionString)
        => new DbContextOptionsBuilder<DashboardDbContext>().Use(provider, connectionString).Options;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
