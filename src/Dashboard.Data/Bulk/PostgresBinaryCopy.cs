using Npgsql;

namespace Dashboard.Data.Bulk;

/// <summary>
/// PostgreSQL's fastest way in: COPY in its binary format, a table's rows in one stream. COPY cannot return the keys it
/// generates, so a table's keys are first taken from its key's sequence, as INSERT would take them: unique among
/// servers writing at once, and never reused.
/// </summary>
internal static class PostgresBinaryCopy
{
    public static async Task WriteAsync<TRecord>(NpgsqlTransaction transaction, BulkTable<TRecord> table, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var columns = table.Columns.ToList();
        if (table.GeneratedKey is { } key)
        {
            await ReserveKeysAsync(connection, transaction, table.Name, key, records, cancellationToken);
            columns.Insert(0, key.Column);
        }
        var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();

        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Completing waits for the server's checks and triggers on every row, which for a million rows outlasts a
        // command's 30 s; the caller's token still stops it.
        importer.Timeout = Timeout.InfiniteTimeSpan;
        foreach (var record in records)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Value(record);
                if (value is DBNull)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], cancellationToken);
                }
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task ReserveKeysAsync<TRecord>(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, BulkGeneratedKey<TRecord> key,
        IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        // The sequence is looked up once: inside nextval's argument pg_get_serial_sequence ran once a row, a catalog look-up
        // each (0.26 s for 100,000 ids against 0.03 s). Still one nextval an id: a block taken with setval is safe only with
        // the table locked against every other writer until commit, to save those 0.03 s.
        await using var command = new NpgsqlCommand(
            "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(@table, @column)::regclass AS id) SELECT nextval(s.id) FROM s, generate_series(1, @count)",
            connection, transaction);
        command.Parameters.AddWithValue("table", $"\"{table}\"");
        command.Parameters.AddWithValue("column", key.Column.Name);
        command.Parameters.AddWithValue("count", records.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            key.SetFromDatabase(records[i], reader.GetInt64(0));
        }
    }
}
