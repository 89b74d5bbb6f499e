using System.Security.Cryptography;
using System.Text;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>What a database holds, table by table, for tests that a write left it exactly as it was.</summary>
internal static class TableChecksums
{
    /// <summary>
    /// Every table's row count and a SHA-256 of its rows in rowid order, but the tables of <paramref name="except"/>'s
    /// entities: the bookkeeping a write is meant to leave (a failed batch, the record of an undone one).
    /// </summary>
    public static async Task<string> OfAsync(SqliteTestDatabase database, params Type[] except)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = database.CreateDbContext();
        var skipped = except.Select(type => db.Model.FindEntityType(type)!.GetTableName()).ToHashSet();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(token);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
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
            select.CommandText = table.EndsWith("Summaries", StringComparison.Ordinal)
                ? await CellsByContentAsync(connection, table, token)
                : $"SELECT * FROM \"{table}\" ORDER BY rowid";
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
    /// A summary's cells by their values alone: their ids are the triggers' to give, and a cell emptied and filled
    /// again comes back with another.
    /// </summary>
    private static async Task<string> CellsByContentAsync(System.Data.Common.DbConnection connection, string table, CancellationToken token)
    {
        var columns = new List<string>();
        await using var info = connection.CreateCommand();
        info.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE name <> 'Id'";
        await using var reader = await info.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            columns.Add($"\"{reader.GetString(0)}\"");
        }
        var list = string.Join(", ", columns);
        return $"SELECT {list} FROM \"{table}\" ORDER BY {list}";
    }
}
