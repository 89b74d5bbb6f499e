using System.Diagnostics;
using Dashboard.Data;
using Dashboard.Data.Bulk;
using Dashboard.Data.Entities;
using Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tools.Generation;

/// <summary>
/// Writes generated sample records through the data layer's bulk writer, a table at a time, all in one transaction.
/// The secondary indexes and the triggers of those tables are dropped first and made again from their own definitions
/// afterwards, as the database lists them, so they stay whatever the migrations made them. Without the triggers the
/// summary cells are counted afresh from every record in one statement each: on PostgreSQL the triggers' row-by-row
/// upserts of the same few thousand cells took 218 s for 1.5 million achievements, on SQLite 9 s.
/// </summary>
internal static class SampleBulkWriter
{
    private static readonly Type[] s_sampleTypes =
        [typeof(Enterprise), typeof(Craftsman), typeof(Honour), typeof(Competition), typeof(CompetitionEntry), typeof(InnovationStudio), typeof(InnovationAchievement), typeof(StaffInnovationTally)];

    public static async Task WriteAsync(GenerationTarget target, SampleDataSet sample, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var db = target.CreateDbContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (target.BeforeBulkSql is { } before)
        {
            await db.Database.ExecuteSqlRawAsync(before, cancellationToken);
        }

        // The generator files achievements under their studio and entries under their competition; the bulk writer
        // reads a foreign key from the record's own navigation.
        foreach (var studio in sample.Studios)
        {
            studio.Achievements.ForEach(a => a.Studio = studio);
        }
        foreach (var competition in sample.Competitions)
        {
            competition.Entries.ForEach(e => e.Competition = competition);
        }

        var writing = Stopwatch.StartNew();
        var rows = 0L;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var tables = s_sampleTypes.Select(t => db.Model.FindEntityType(t)!.GetTableName()!);
            var indexes = await db.Database.SqlQueryRaw<SchemaObject>(target.SecondaryIndexesSql(tables)).ToListAsync(cancellationToken);
            var triggers = await db.Database.SqlQueryRaw<SchemaObject>(target.TriggersSql(tables)).ToListAsync(cancellationToken);
            foreach (var dropped in indexes.Concat(triggers))
            {
                await db.Database.ExecuteSqlRawAsync(dropped.Drop, cancellationToken);
            }

            rows += await WriteAsync(db, progress, sample.Enterprises, cancellationToken);
            rows += await WriteAsync(db, progress, sample.Craftsmen, cancellationToken);
            rows += await WriteAsync(db, progress, sample.Honours, cancellationToken);
            rows += await WriteAsync(db, progress, sample.Competitions, cancellationToken);
            rows += await WriteAsync(db, progress, sample.Competitions.SelectMany(c => c.Entries).ToList(), cancellationToken);
            rows += await WriteAsync(db, progress, sample.Studios, cancellationToken);
            rows += await WriteAsync(db, progress, sample.Studios.SelectMany(s => s.Achievements).ToList(), cancellationToken);
            rows += await WriteAsync(db, progress, sample.StaffInnovationTallies, cancellationToken);

            var counting = Stopwatch.StartNew();
            foreach (var trigger in triggers)
            {
                await db.Database.ExecuteSqlRawAsync(trigger.Create, cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync(SummaryCellsSql, cancellationToken);
            await progress.WriteLineAsync($"Counted the summary cells afresh and restored {triggers.Count} triggers: {counting.Elapsed.TotalSeconds:0.0} s");

            var indexing = Stopwatch.StartNew();
            foreach (var index in indexes)
            {
                await db.Database.ExecuteSqlRawAsync(index.Create, cancellationToken);
            }
            await progress.WriteLineAsync($"Rebuilt {indexes.Count} secondary indexes: {indexing.Elapsed.TotalSeconds:0.0} s");
            await transaction.CommitAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(target.AfterBulkSql, cancellationToken);
        await progress.WriteLineAsync($"Wrote {rows:N0} sample rows and their indexes: {writing.Elapsed.TotalSeconds:0.0} s ({rows / writing.Elapsed.TotalSeconds:N0} rows/s)");
    }

    private static async Task<long> WriteAsync<T>(DashboardDbContext db, TextWriter progress, IReadOnlyList<T> records, CancellationToken cancellationToken) where T : class
    {
        var watch = Stopwatch.StartNew();
        await BulkInsert.InsertAsync(db, records, cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        await progress.WriteLineAsync($"  {db.Model.FindEntityType(typeof(T))!.GetTableName(),-24} {records.Count,10:N0} rows {seconds,6:0.0} s {records.Count / Math.Max(seconds, 1e-6),10:N0} rows/s");
        return records.Count;
    }

    /// <summary>
    /// Every cell of the three summary tables from the records, as the migrations' triggers keep them (in SQL both
    /// providers run); the tests compare the cells with the records grouped.
    /// </summary>
    private const string SummaryCellsSql = """
        DELETE FROM "CraftsmanSummaries";
        INSERT INTO "CraftsmanSummaries" ("TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", "Craftsmen")
        SELECT "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", count(*) FROM "Craftsmen"
        GROUP BY "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample";
        DELETE FROM "AchievementSummaries";
        INSERT INTO "AchievementSummaries" ("Year", "Category", "StudioLevel", "RegionCode", "IndustryCode", "IsSample", "Achievements", "SavingsYuan")
        SELECT a."Year", a."Category", s."Level", s."RegionCode", s."IndustryCode", a."IsSample", count(*), sum(a."SavingsYuan")
        FROM "InnovationAchievements" a JOIN "InnovationStudios" s ON s."Id" = a."StudioId"
        GROUP BY a."Year", a."Category", s."Level", s."RegionCode", s."IndustryCode", a."IsSample";
        DELETE FROM "ParticipationSummaries";
        INSERT INTO "ParticipationSummaries" ("EnterpriseId", "Year", "Level", "IsSample", "RegionCode", "IndustryCode", "IsAboveScale", "Entries", "Workers")
        SELECT n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample", n."RegionCode", n."IndustryCode", n."IsAboveScale", count(*), sum(e."Workers")
        FROM "CompetitionEntries" e JOIN "Competitions" c ON c."Id" = e."CompetitionId" JOIN "Enterprises" n ON n."Id" = e."EnterpriseId"
        GROUP BY n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample";
        """;

    /// <summary>An index or a trigger as the database lists it: the statements that drop it and create it again.</summary>
    private sealed record SchemaObject(string Drop, string Create);
}
