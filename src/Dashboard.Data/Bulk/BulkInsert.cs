using Microsoft.EntityFrameworkCore;
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
    /// <summary>Records of several entity types grouped by table, each table after the tables its foreign keys point to.</summary>
    public static IEnumerable<(IEntityType Type, IReadOnlyList<object> Records)> ByTable(DashboardDbContext db, IEnumerable<object> records)
    {
        var byType = records.GroupBy(r => db.Model.FindEntityType(r.GetType())!).ToDictionary(g => g.Key, g => (IReadOnlyList<object>)g.ToList());
        return InDependencyOrder(byType.Keys).Select(type => (type, byType[type]));
    }

    /// <summary>
    /// Writes records the context does not track, such as a batch's record of each change or the generator's sample
    /// records: tracking a hundred thousand of them costs more than writing them. A foreign key whose navigation is set
    /// takes the key of the record it leads to, which an earlier call wrote.
    /// </summary>
    public static Task InsertAsync<T>(DashboardDbContext db, IReadOnlyList<T> records, CancellationToken cancellationToken) where T : class
        => InsertAsync(db, db.Model.FindEntityType(typeof(T))!, records, cancellationToken);

    /// <inheritdoc cref="InsertAsync{T}(DashboardDbContext, IReadOnlyList{T}, CancellationToken)"/>
    public static Task InsertAsync<T>(DashboardDbContext db, IEntityType type, IReadOnlyList<T> records, CancellationToken cancellationToken) where T : class
    {
        foreach (var foreignKey in type.GetForeignKeys().Where(fk => fk.Properties.Count == 1 && fk.DependentToPrincipal is not null))
        {
            TakePrincipalKeys(foreignKey, records);
        }
        return WriteAsync(db, BulkTable.Of<T>(type), records, cancellationToken);
    }

    /// <summary>
    /// Sets each record's foreign key to the key of the record its navigation leads to, where one is set: that record was
    /// written before, and its key is the database's. The record then reads as it was written.
    /// </summary>
    private static void TakePrincipalKeys<T>(IForeignKey foreignKey, IReadOnlyList<T> records) where T : class
    {
        var navigation = foreignKey.DependentToPrincipal!.GetGetter();
        var principalKey = foreignKey.PrincipalKey.Properties[0].GetGetter();
        var property = foreignKey.Properties[0].PropertyInfo!;
        foreach (var record in records)
        {
            if (navigation.GetClrValueUsingContainingEntity(record) is { } principal)
            {
                property.SetValue(record, principalKey.GetClrValueUsingContainingEntity(principal));
            }
        }
    }

    private static Task WriteAsync<TRecord>(DashboardDbContext db, BulkTable<TRecord> table, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
        => db.Database.CurrentTransaction?.GetDbTransaction() switch
        {
            NpgsqlTransaction postgres => PostgresBinaryCopy.WriteAsync(postgres, table, records, cancellationToken),
            SqliteTransaction sqlite => SqlitePreparedInsert.WriteAsync(sqlite, table, records, cancellationToken),
            _ => throw new InvalidOperationException("Records are written in bulk only within the caller's transaction."),
        };

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
