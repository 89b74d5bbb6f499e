using Dashboard.Data;
using Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Tests.Shared.Data;

/// <summary>
/// A database of its own on the server <see cref="PostgresServer"/> names, migrated with the PostgreSQL migrations, and
/// dropped when the test is done. Each is a copy of a template this test run migrates (and seeds) once, so a test pays
/// for a file copy rather than for migrating and seeding.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    // The templates of this test run: migrated only, seeded without sample records, seeded with them.
    private static readonly Lazy<Task<string>> s_migrated = new(() => CreateTemplateAsync(seed: null));
    private static readonly Lazy<Task<string>> s_seededWithoutSample = new(() => CreateTemplateAsync(new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: false)));
    private static readonly Lazy<Task<string>> s_seeded = new(() => CreateTemplateAsync(new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true)));
    private static readonly List<string> s_templates = [];

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = WithDatabase(serverConnectionString, name, pooling: true);
        Options = new DbContextOptionsBuilder<DashboardDbContext>()
            .Use(DatabaseProvider.Postgres, ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
    }

    public string Name { get; }

    /// <summary>This database's connection string, for code under test that connects by itself.</summary>
    public string ConnectionString { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override DbContextOptions<DashboardDbContext> Options { get; }

    public static Task<PostgresTestDatabase> CreateAsync() => CopyAsync(s_migrated);

    public static Task<PostgresTestDatabase> CreateSeededAsync(bool includeSampleData = true)
        => CopyAsync(includeSampleData ? s_seeded : s_seededWithoutSample);

    /// <summary>A name for a database not yet created, for code under test that creates and migrates it; dropped all the same.</summary>
    public static PostgresTestDatabase Reserve() => new(PostgresServer.Require(), PostgresServer.NewDatabaseName("test"));

    private static async Task<PostgresTestDatabase> CopyAsync(Lazy<Task<string>> template)
    {
        var server = PostgresServer.Require();
        var templateName = await template.Value;
        var name = PostgresServer.NewDatabaseName("test");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"");
        return new PostgresTestDatabase(server, name);
    }

    private static async Task<string> CreateTemplateAsync(SeedOptions? seed)
    {
        var server = PostgresServer.Require();
        var name = PostgresServer.NewDatabaseName("template");
        lock (s_templates)
        {
            if (s_templates.Count == 0)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplates(server);
            }
            s_templates.Add(name);
        }
        // Code-point order, as SQLite's: the tests' expected orders hold whatever the server's default locale.
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        // Unpooled: a template can be copied only while nobody is connected to it.
        var options = new DbContextOptionsBuilder<DashboardDbContext>()
            .Use(DatabaseProvider.Postgres, WithDatabase(server, name, pooling: false))
            .Options;
        await using var db = new DashboardDbContext(options);
        await db.Database.MigrateAsync();
        if (seed is not null)
        {
            await new DashboardSeeder(db, seed, Microsoft.Extensions.Logging.Abstractions.NullLogger<DashboardSeeder>.Instance).SeedAsync();
        }
        return name;
    }

    private static void DropTemplates(string server)
    {
        lock (s_templates)
        {
            foreach (var name in s_templates)
            {
                ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
        }
    }

    private static string WithDatabase(string server, string database, bool pooling)
        => new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = pooling }.ConnectionString;

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        // FORCE ends the connections the test's contexts left in the pool.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
