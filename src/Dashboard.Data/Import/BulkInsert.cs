using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Import;

/// <summary>
/// Writes a context's added records with one prepared INSERT per table, in the context's transaction, instead of
/// EF's change-tracked batches: an import of a hundred thousand rows is bound by the database, not by EF (which
/// writes about 7,000 a second here). Tables go in the order their foreign keys need; a generated key read back by
/// RETURNING reaches the records that refer to it through the change tracker, and each written record is then
/// tracked as unchanged, so a SaveChanges after writes only what was updated or removed.
/// </summary>
internal static class BulkInsert
{
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
                await WriteAsync(db, type, added[type], (entry, property) => entry.Property(property).CurrentValue, (entry, key, id) =>
                {
                    var keyValue = entry.Property(key);
                    keyValue.CurrentValue = id;
                    keyValue.IsTemporary = false;
                }, cancellationToken);
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
    /// Writes records the context does not track, such as a batch's record of each change: tracking a hundred thousand
    /// of them on one batch's collection costs more than writing them.
    /// </summary>
    public static Task InsertAsync<T>(DashboardDbContext db, IReadOnlyList<T> records, CancellationToken cancellationToken) where T : class
        => WriteAsync(db, db.Model.FindEntityType(typeof(T))!, records, (record, property) => property.PropertyInfo!.GetValue(record),
            (record, key, id) => key.PropertyInfo!.SetValue(record, id), cancellationToken);

    private static async Task WriteAsync<TRecord>(DashboardDbContext db, IEntityType type, IReadOnlyList<TRecord> records,
        Func<TRecord, IProperty, object?> valueOf, Action<TRecord, IProperty, object> setKey, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Records are written in bulk only within the caller's transaction.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } only] ? only : null;
        var properties = type.GetProperties().Where(p => p != generated).ToList();

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})" +
            (generated is null ? "" : $" RETURNING \"{generated.GetColumnName(table)}\"");
        // Made by each column's type mapping, so the provider knows the parameter's type before the first value.
        var parameters = properties.Select((p, i) =>
        {
            var parameter = p.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null, p.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        var converters = properties.Select(p => p.GetRelationalTypeMapping().Converter).ToList();
        await command.PrepareAsync(cancellationToken);

        foreach (var record in records)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = valueOf(record, properties[i]);
                parameters[i].Value = (value is null ? null : converters[i]?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }
            if (generated is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                var id = await command.ExecuteScalarAsync(cancellationToken);
                setKey(record, generated, Convert.ChangeType(id!, generated.ClrType, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
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
