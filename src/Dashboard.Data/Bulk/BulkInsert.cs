using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Data.Bulk;

/// <summary>
/// Writes records in bulk in the context's transaction, a table at a time, with the table's columns taken from the EF
/// model, instead of EF's change-tracked batches (about 7,000 rows a second here): imports and the dataset generator
/// both write this way. Each provider has its fastest path (<see cref="SqlitePreparedInsert"/>,
/// <see cref="PostgresBinaryCopy"/>); both hand the database's generated keys back to the records written, so records
/// written after them can refer to them.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Writes a context's added records, tables in the order their foreign keys need; a generated key reaches the records
    /// that refer to it through the change tracker, and each written record is then tracked as unchanged, so a
    /// SaveChanges after writes only what was updated or removed.
    /// </summary>
    public static async Task SaveAddedAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var type in InDependencyOrder(added.Keys))
            {
                var table = BulkTable.Of<EntityEntry>(type, property => entry => entry.Property(property).CurrentValue, key => (entry, id) =>
                {
                    var keyValue = entry.Property(key);
                    keyValue.CurrentValue = id;
                    keyValue.IsTemporary = false;
                });
                await WriteAsync(db, table, added[type], cancellationToken);
                foreach (var entry in added[type])
                {
                    entry.State = EntityState.Unchanged;
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Writes records the context does not track, such as a batch's record of each change or the generator's sample
    /// records: tracking a hundred thousand of them costs more than writing them. A foreign key whose navigation is set
    /// takes the key of the record it leads to, which an earlier call wrote.
    /// </summary>
    public static Task InsertAsync<T>(DashboardDbContext db, IReadOnlyList<T> records, CancellationToken cancellationToken) where T : class
        => WriteAsync(db, BulkTable.Of<T>(db.Model.FindEntityType(typeof(T))!, UntrackedValue<T>, key => (record, id) => key.PropertyInfo!.SetValue(record, id)),
            records, cancellationToken);

    private static Task WriteAsync<TRecord>(DashboardDbContext db, BulkTable<TRecord> table, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
        => db.Database.CurrentTransaction?.GetDbTransaction() switch
        {
            NpgsqlTransaction postgres => PostgresBinaryCopy.WriteAsync(postgres, table, records, cancellationToken),
            SqliteTransaction sqlite => SqlitePreparedInsert.WriteAsync(sqlite, table, records, cancellationToken),
            _ => throw new InvalidOperationException("Records are written in bulk only within the caller's transaction."),
        };

    private static Func<T, object?> UntrackedValue<T>(IProperty property) where T : class
    {
        var value = property.GetGetter();
        if (property.GetContainingForeignKeys().FirstOrDefault(fk => fk.Properties.Count == 1 && fk.DependentToPrincipal is not null) is not { } foreignKey)
        {
            return record => value.GetClrValueUsingContainingEntity(record);
        }
        var navigation = foreignKey.DependentToPrincipal!.GetGetter();
        var principalKey = foreignKey.PrincipalKey.Properties[0].GetGetter();
        return record => navigation.GetClrValueUsingContainingEntity(record) is { } principal
            ? principalKey.GetClrValueUsingContainingEntity(principal)
            : value.GetClrValueUsingContainingEntity(record);
    }

    /// <summary>Each table after the tables its foreign keys point to.</summary>
    private static List<IEntityType> InDependencyOrder(IEnumerable<IEntityType> types)
    {
        var remaining = types.ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !remaining.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("Added records refer to each other in a cycle.");
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
