using System.Diagnostics;
using Dashboard.Data.Entities;
using Dashboard.Data.Seeding;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tools.Generation;

/// <summary>
/// Writes generated sample records through one prepared INSERT per table, parameters reused, all in one transaction.
/// The secondary indexes of those tables are dropped first and built again from their own definitions afterwards,
/// as read from sqlite_master, so they stay whatever the migrations made them.
/// </summary>
internal static class SampleBulkWriter
{
    private static readonly string[] s_tables =
        ["Enterprises", "Craftsmen", "Honours", "Competitions", "CompetitionEntries", "InnovationStudios", "InnovationAchievements", "StaffInnovationTallies"];

    public static async Task WriteAsync(string connectionString, SampleDataSet sample, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The file is new and thrown away if this fails, so the write need not survive a crash (synchronous=OFF), and a
        // rollback journal keeps 160 MB of new pages from going through the write-ahead log first; the app's WAL comes back at the end.
        Execute(connection, null, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");

        var writing = Stopwatch.StartNew();
        var rows = 0L;
        using (var transaction = connection.BeginTransaction())
        {
            var indexes = ReadSecondaryIndexes(connection, transaction);
            foreach (var index in indexes)
            {
                Execute(connection, transaction, $"DROP INDEX \"{index.Name}\";");
            }

            var studioAchievements = sample.Studios.SelectMany(s => s.Achievements.Select(a => (Studio: s, Achievement: a))).ToList();
            var entries = sample.Competitions.SelectMany(c => c.Entries.Select(e => (Competition: c, Entry: e))).ToList();
            rows += Write(connection, transaction, progress, "Enterprises", sample.Enterprises, e => e.Id, (e, id) => e.Id = id,
                ("Name", e => e.Name), ("RegionCode", e => e.RegionCode), ("IndustryCode", e => e.IndustryCode),
                ("IsAboveScale", e => e.IsAboveScale), ("KeyEnterpriseYear", e => e.KeyEnterpriseYear), ("IsSample", e => e.IsSample));
            rows += Write(connection, transaction, progress, "Craftsmen", sample.Craftsmen, c => c.Id, (c, id) => c.Id = id,
                ("Name", c => c.Name), ("TierCode", c => c.TierCode), ("RegionCode", c => c.RegionCode), ("IndustryCode", c => c.IndustryCode),
                ("EmployerName", c => c.EmployerName), ("EnterpriseId", c => c.Enterprise?.Id), ("YearNamed", c => c.YearNamed),
                ("Batch", c => c.Batch), ("IsSample", c => c.IsSample));
            rows += Write(connection, transaction, progress, "Honours", sample.Honours, h => h.Id, (h, id) => h.Id = id,
                ("TitleZh", h => h.TitleZh), ("TitleEn", h => h.TitleEn), ("Year", h => h.Year), ("RecipientName", h => h.RecipientName),
                ("CraftsmanId", h => h.Craftsman?.Id), ("RegionCode", h => h.RegionCode), ("IsSample", h => h.IsSample));
            rows += Write(connection, transaction, progress, "Competitions", sample.Competitions, c => c.Id, (c, id) => c.Id = id,
                ("Name", c => c.Name), ("Year", c => c.Year), ("Level", c => c.Level.ToString()), ("ThemeZh", c => c.ThemeZh),
                ("IndustryCode", c => c.IndustryCode), ("RegionCode", c => c.RegionCode), ("IsSample", c => c.IsSample));
            rows += Write(connection, transaction, progress, "CompetitionEntries", entries, null, null,
                ("CompetitionId", e => e.Competition.Id), ("EnterpriseId", e => e.Entry.Enterprise!.Id), ("Workers", e => e.Entry.Workers));
            rows += Write(connection, transaction, progress, "InnovationStudios", sample.Studios, s => s.Id, (s, id) => s.Id = id,
                ("Name", s => s.Name), ("Level", s => s.Level.ToString()), ("IsCraftsmanLed", s => s.IsCraftsmanLed),
                ("LeadCraftsmanId", s => s.LeadCraftsman?.Id), ("RegionCode", s => s.RegionCode), ("IndustryCode", s => s.IndustryCode),
                ("FoundedYear", s => s.FoundedYear), ("EnterpriseId", s => s.Enterprise?.Id), ("IsSample", s => s.IsSample));
            rows += Write(connection, transaction, progress, "InnovationAchievements", studioAchievements, a => a.Achievement.Id, (a, id) => a.Achievement.Id = id,
                ("StudioId", a => a.Studio.Id), ("Year", a => a.Achievement.Year), ("Category", a => a.Achievement.Category.ToString()),
                ("Title", a => a.Achievement.Title), ("SavingsYuan", a => a.Achievement.SavingsYuan), ("IsSample", a => a.Achievement.IsSample));
            rows += Write(connection, transaction, progress, "StaffInnovationTallies", sample.StaffInnovationTallies, t => t.Id, (t, id) => t.Id = id,
                ("Year", t => t.Year), ("RegionCode", t => t.RegionCode), ("Category", t => t.Category.ToString()),
                ("Count", t => t.Count), ("IsSample", t => t.IsSample));

            var indexing = Stopwatch.StartNew();
            foreach (var index in indexes)
            {
                Execute(connection, transaction, index.Sql);
            }
            await progress.WriteLineAsync($"Rebuilt {indexes.Count} secondary indexes: {indexing.Elapsed.TotalSeconds:0.0} s");
            transaction.Commit();
        }
        Execute(connection, null, "PRAGMA journal_mode=WAL;");
        await progress.WriteLineAsync($"Wrote {rows:N0} sample rows and their indexes: {writing.Elapsed.TotalSeconds:0.0} s ({rows / writing.Elapsed.TotalSeconds:N0} rows/s)");
    }

    /// <summary>The index definitions of the bulk tables, apart from those SQLite makes for primary keys and unique constraints.</summary>
    private static List<(string Name, string Sql)> ReadSecondaryIndexes(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", s_tables.Select(t => $"'{t}'"))}) ORDER BY name;";
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        return indexes;
    }

    private static long Write<T>(
        SqliteConnection connection, SqliteTransaction transaction, TextWriter progress, string table, IReadOnlyList<T> rows,
        Func<T, int>? idOf, Action<T, int>? setId, params (string Column, Func<T, object?> Value)[] columns)
    {
        var watch = Stopwatch.StartNew();
        var withId = setId is not null;
        if (withId)
        {
            // Ids follow the seeded real records, so the foreign keys of later tables can be set from the objects.
            var next = (long)Scalar(connection, transaction, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\";")!;
            foreach (var row in rows)
            {
                setId!(row, (int)++next);
            }
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = (withId ? ["Id"] : Array.Empty<string>()).Concat(columns.Select(c => c.Column)).ToList();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))});";
        var parameters = names.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
        command.Prepare();

        var offset = withId ? 1 : 0;
        foreach (var row in rows)
        {
            if (withId)
            {
                parameters[0].Value = idOf!(row);
            }
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i + offset].Value = columns[i].Value(row) ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        progress.WriteLine($"  {table,-24} {rows.Count,10:N0} rows {seconds,6:0.0} s {rows.Count / Math.Max(seconds, 1e-6),10:N0} rows/s");
        return rows.Count;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
