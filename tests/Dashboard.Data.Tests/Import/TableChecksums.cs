using System.Security.Cryptography;
using System.Text;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>What a database holds, table by table, for tests that a write left it exactly as it was.</summary>
internal static class TableChecksums
{
    /// <summary>
    /// Every table's row count and a SHA-256 of its rows in rowid order (SQLite) or by primary key (PostgreSQL, which
    /// has no rowid), but the tables of <paramref name="except"/>'s entities: the bookkeeping a write is meant to leave
    /// (a failed batch, the record of an undone one).
    /// </summary>
    public static async Task<string> OfAsync(TestDatabase database, params Type[] except)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = database.CreateDbContext();
        var skipped = except.Select(type => db.Model.FindEntityType(type)!.GetTableName()).ToHashSet();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(token);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = database.Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";
            await using var reader = await list.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var summary = new StringBuilder();
        foreach (var table in tables.Where(t => !skipped.Contains(t)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = SummaryCells(db, table) ?? $"SELECT * FROM \"{table}\" ORDER BY {RowOrder(db, database.Provider, table)}";
            await using var reader = await select.ExecuteReaderAsync(token);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (await reader.ReadAsync(token))
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetValue(i)}\u001F"));
                }
            }
            summary.AppendLine($"{table}: {rows} rows, {Convert.ToHexString(hash.GetHashAndReset())}");
        }
        return summary.ToString();
    }

    /// <summary>
    /// A summary's cells by their values alone, null for any other table: their ids are the triggers' to give, and a
    /// cell emptied and filled again comes back with another.
    /// </summary>
    private static string? SummaryCells(DashboardDbContext db, string table)
    {
        if (!table.EndsWith("Summaries", StringComparison.Ordinal))
        {
            return null;
        }
        var cells = db.Model.GetEntityTypes().Single(t => t.GetTableName() == table);
        var columns = string.Join(", ", cells.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => $"\"{p.GetColumnName()}\""));
        return $"SELECT {columns} FROM \"{table}\" ORDER BY {columns}";
    }

    private static string RowOrder(DashboardDbContext db, DatabaseProvider provider, string table)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return "rowid";
        }
        var key = db.Model.GetEntityTypes().FirstOrDefault(t => t.GetTableName() == table)?.FindPrimaryKey();
        // A table outside the model (the migrations' history) is ordered by its first column, its key.
        return key is null ? "1" : string.Join(", ", key.Properties.Select(p => $"\"{p.GetColumnName()}\""));
    }
}
