using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tools.Tests.Shared;

/// <summary>Row counts and a SHA-256 of every table's rows in rowid order, each value with its storage class: equal sums mean equal contents.</summary>
internal static class TableChecksums
{
    public static async Task<IReadOnlyDictionary<string, (long Rows, string Sha256)>> ReadAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return await ReadAsync(connection);
    }

    public static async Task<IReadOnlyDictionary<string, (long Rows, string Sha256)>> ReadAsync(SqliteConnection connection)
    {
        var sums = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0)))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0L;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetFieldType(i).Name}:{value}\u001f"));
                }
                hash.AppendData("\u001e"u8);
            }
            sums[table] = (rows, Convert.ToHexString(hash.GetHashAndReset()));
        }
        return sums;
    }

    public static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
