using Dashboard.Data;
using Dashboard.Tests.Shared;
using Dashboard.Tools.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tools.Tests.Shared;

/// <summary>A database file the generator wrote into a folder of its own, deleted with it.</summary>
public sealed class GeneratedDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-tools-").FullName;

    private GeneratedDatabase()
    {
    }

    public string Path => System.IO.Path.Combine(_folder, "dashboard.db");

    /// <param name="provinceFactor">Null for the app's seeding; otherwise the share of the province scale.</param>
    public static async Task<GeneratedDatabase> CreateAsync(double? provinceFactor, TextWriter? progress = null)
    {
        var database = new GeneratedDatabase();
        var result = await new DatasetGenerator(progress ?? TextWriter.Null).GenerateAsync(new GenerateRequest(new SqliteFileTarget(database.Path), provinceFactor, RepositoryPaths.Seeds));
        Assert.Null(result.SeedFailure);
        return database;
    }

    private string ReadOnlyConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ReadOnlyConnectionString);
        connection.Open();
        return connection;
    }

    public DashboardDbContext CreateDbContext() => new(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(ReadOnlyConnectionString).Options);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
