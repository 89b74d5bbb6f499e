using Dashboard.Data;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tools.Generation;

/// <summary>A SQLite file, built as <c>PATH.partial</c> beside it and moved over it when complete.</summary>
public sealed class SqliteFileTarget(string path) : GenerationTarget
{
    private readonly string _partial = path + ".partial";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string Name => path;

    public override string PartialConnectionString => new SqliteConnectionStringBuilder { DataSource = _partial, Pooling = false }.ToString();

    public override Task<bool> ExistsAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(path));

    public override Task BeginAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DeleteDatabaseFiles(_partial);
        return Task.CompletedTask;
    }

    public override Task<string> CompleteAsync(CancellationToken cancellationToken)
    {
        DeleteDatabaseFiles(path);
        File.Move(_partial, path);
        return Task.FromResult($"{path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB)");
    }

    public override Task DiscardAsync()
    {
        DeleteDatabaseFiles(_partial);
        return Task.CompletedTask;
    }

    // The file is new and thrown away if this fails, so the write need not survive a crash (synchronous=OFF), and a
    // rollback journal keeps 160 MB of new pages from going through the write-ahead log first.
    public override string BeforeBulkSql => "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";

    // The app's write-ahead log, as its start-up sets it.
    public override string AfterBulkSql => "PRAGMA journal_mode=WAL;";

    // Indexes SQLite makes for primary keys and unique constraints have no SQL.
    public override string SecondaryIndexesSql(IEnumerable<string> tables) => CatalogSql("index", tables);

    public override string TriggersSql(IEnumerable<string> tables) => CatalogSql("trigger", tables);

    private static string CatalogSql(string type, IEnumerable<string> tables)
        => $"SELECT 'DROP {type.ToUpperInvariant()} \"' || name || '\"' AS \"Drop\", sql AS \"Create\" FROM sqlite_master " +
           $"WHERE type = '{type}' AND sql IS NOT NULL AND tbl_name IN ({Literals(tables)}) ORDER BY name";

    private static void DeleteDatabaseFiles(string file)
    {
        foreach (var name in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(name);
        }
    }
}
