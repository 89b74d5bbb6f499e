using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Bulk;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Data.Import;

/// <summary>
/// The one way an applied import or edit reaches the database: its new records in bulk, then the context's updates and
/// removals, within the caller's transaction. It returns what a batch records of each change, so undo can take it back.
/// </summary>
internal static class ImportWriter
{
    /// <returns>
    /// The change rows, their batch not yet set: an added record's key (or a run of added keys), an updated record's values
    /// before, a removed record's every value.
    /// </returns>
    public static async Task<List<ImportBatchChange>> SaveAsync(DashboardDbContext db, ImportOutcome outcome, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        // Read before saving: once saved, the tracker forgets what the values were.
        var changes = db.ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).Select(e => e.State switch
        {
            EntityState.Modified => Change(e.Metadata, e.Entity, ValuesOf(e.Properties.Where(p => p.IsModified))),
            EntityState.Deleted => Change(e.Metadata, e.Entity, ValuesOf(e.Properties.Where(p => !p.Metadata.IsPrimaryKey())), wasRemoved: true),
            _ => throw new InvalidOperationException($"A new {e.Metadata.ClrType.Name} was added to the context: new records go in the outcome, so their batch records them."),
        }).ToList();

        foreach (var (type, records) in BulkInsert.ByTable(db, outcome.NewRecords))
        {
            await BulkInsert.InsertAsync(db, type, records, cancellationToken);
            changes.AddRange(Added(type, records));
        }
        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }

    /// <summary>A record's key as a batch holds it, JSON by property name: what undo and an edit's check look records up by.</summary>
    internal static string KeyOf(IEntityType type, object record)
        => JsonSerializer.Serialize(type.FindPrimaryKey()!.Properties.ToDictionary(p => p.Name, p => p.GetGetter().GetClrValueUsingContainingEntity(record)));

    /// <summary>
    /// The added records' change rows: one a run of consecutive keys where a record is known by one integer, else one a
    /// record. Every key in a run is one of these records, so undo may delete the run whole. A row a record was a third of
    /// a 100,000-craftsman import on PostgreSQL, its foreign-key check and indexes the most of it.
    /// </summary>
    private static IEnumerable<ImportBatchChange> Added(IEntityType type, IReadOnlyList<object> records)
    {
        if (type.FindPrimaryKey()!.Properties is not [var key] || (key.ClrType != typeof(int) && key.ClrType != typeof(long)))
        {
            return records.Select(record => Change(type, record, before: null, wasAdded: true));
        }
        var getter = key.GetGetter();
        var ids = records.Select(record => Convert.ToInt64(getter.GetClrValueUsingContainingEntity(record), CultureInfo.InvariantCulture)).Order().ToList();
        var runs = new List<ImportBatchChange>();
        for (var first = 0; first < ids.Count;)
        {
            var last = first;
            while (last + 1 < ids.Count && ids[last + 1] == ids[last] + 1)
            {
                last++;
            }
            runs.Add(new ImportBatchChange
            {
                Entity = type.ClrType.Name,
                RecordKey = JsonSerializer.Serialize(new Dictionary<string, long> { [key.Name] = ids[first] }),
                WasAdded = true,
                FirstId = ids[first],
                LastId = ids[last],
            });
            first = last + 1;
        }
        return runs;
    }

    private static ImportBatchChange Change(IEntityType type, object record, string? before, bool wasAdded = false, bool wasRemoved = false) => new()
    {
        Entity = type.ClrType.Name,
        RecordKey = KeyOf(type, record),
        WasAdded = wasAdded,
        WasRemoved = wasRemoved,
        Before = before,
    };

    private static string ValuesOf(IEnumerable<PropertyEntry> properties) => JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
}
