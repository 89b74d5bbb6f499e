using Dashboard.Data;
using Npgsql;

namespace Dashboard.Tools.Generation;

/// <summary>
/// A PostgreSQL database, built as <c>NAME_partial</c> on the same server and renamed to NAME when complete. Both are
/// created as the README advises (UTF-8, code-point collation), from the server's maintenance database <c>postgres</c>;
/// the user needs CREATEDB.
/// </summary>
public sealed class PostgresDatabaseTarget : GenerationTarget
{
    private readonly string _database;
    private readonly string _partial;
    private readonly string _maintenanceConnectionString;

    public PostgresDatabaseTarget(string connectionString)
    {
        // Unpooled: a database can be renamed or dropped only when nobody is connected to it.
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        _database = string.IsNullOrEmpty(target.Database) ? throw new ArgumentException("The connection string names no Database.", nameof(connectionString)) : target.Database;
        _partial = _database + "_partial";
        PartialConnectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = _partial }.ConnectionString;
        _maintenanceConnectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" }.ConnectionString;
        Name = $"PostgreSQL database {_database} on {target.Host}:{target.Port}";
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string Name { get; }

    public override string PartialConnectionString { get; }

    public override async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", connection);
        command.Parameters.AddWithValue("name", _database);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override Task BeginAsync(CancellationToken cancellationToken) => ExecuteAsync(cancellationToken,
        $"DROP DATABASE IF EXISTS {Quoted(_partial)} WITH (FORCE)",
        $"CREATE DATABASE {Quoted(_partial)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");

    public override async Task<string> CompleteAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken,
            $"DROP DATABASE IF EXISTS {Quoted(_database)} WITH (FORCE)",
            $"ALTER DATABASE {Quoted(_partial)} RENAME TO {Quoted(_database)}");
        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(@name)", connection);
        command.Parameters.AddWithValue("name", _database);
        return $"{Name} ({(long)(await command.ExecuteScalarAsync(cancellationToken))! / 1024.0 / 1024.0:0.0} MB)";
    }

    public override Task DiscardAsync() => ExecuteAsync(CancellationToken.None, $"DROP DATABASE IF EXISTS {Quoted(_partial)} WITH (FORCE)");

    public override string? BeforeBulkSql => null;

    // The planner's statistics, so the app's first queries on the new database are planned for its size.
    public override string AfterBulkSql => "ANALYZE;";

    // An index behind a primary key or a unique constraint is the constraint's, named as it is.
    public override string SecondaryIndexesSql(IEnumerable<string> tables)
        => $"SELECT format('DROP INDEX %I', indexname) AS \"Drop\", indexdef AS \"Create\" FROM pg_indexes " +
           $"WHERE schemaname = current_schema() AND tablename IN ({Literals(tables)}) AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname";

    // Triggers PostgreSQL makes for foreign keys are internal; dropping a trigger leaves its function.
    public override string TriggersSql(IEnumerable<string> tables)
        => $"SELECT format('DROP TRIGGER %I ON %I', t.tgname, c.relname) AS \"Drop\", pg_get_triggerdef(t.oid) AS \"Create\" " +
           $"FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace " +
           $"AND c.relname IN ({Literals(tables)}) ORDER BY t.tgname";

    private static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private async Task<NpgsqlConnection> OpenMaintenanceAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_maintenanceConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task ExecuteAsync(CancellationToken cancellationToken, params string[] statements)
    {
        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        foreach (var sql in statements)
        {
            // DROP and CREATE DATABASE cannot run in a transaction, so one at a time.
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
