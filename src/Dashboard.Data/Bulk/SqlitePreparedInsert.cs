using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Bulk;

/// <summary>
/// SQLite's fastest way in: one prepared INSERT per table, its parameters reused for every row (SQLite has no bulk
/// load; inside one transaction a prepared insert costs microseconds). A generated key is the row's rowid, read from
/// the connection after each insert: RETURNING would open a result for every row.
/// </summary>
internal static class SqlitePreparedInsert
{
    public static async Task WriteAsync<TRecord>(SqliteTransaction transaction, BulkTable<TRecord> table, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        // Made by each column's type mapping, so the provider knows the parameter's type before the first value.
        var parameters = table.Columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, $"@p{i}", null);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await command.PrepareAsync(cancellationToken);

        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = table.Columns[i].Value(record);
            }
            command.ExecuteNonQuery();
            table.GeneratedKey?.SetFromDatabase(record, raw.sqlite3_last_insert_rowid(connection.Handle));
        }
    }
}
