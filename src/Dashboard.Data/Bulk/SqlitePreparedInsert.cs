using System.Data.Common;

namespace Dashboard.Data.Bulk;

/// <summary>
/// SQLite's fastest way in: one prepared INSERT per table, its parameters reused for every row, and the generated key
/// read back by RETURNING (SQLite has no bulk load; inside one transaction a prepared insert costs microseconds).
/// </summary>
internal static class SqlitePreparedInsert
{
    public static async Task WriteAsync<TRecord>(DbTransaction transaction, BulkTable<TRecord> table, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})" +
            (table.GeneratedKey is { } key ? $" RETURNING \"{key.Column.Name}\"" : "");
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
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = table.Columns[i].Value(record);
            }
            if (table.GeneratedKey is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                table.GeneratedKey.SetFromDatabase(record, (await command.ExecuteScalarAsync(cancellationToken))!);
            }
        }
    }
}
