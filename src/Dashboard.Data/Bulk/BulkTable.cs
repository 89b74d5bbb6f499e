using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Bulk;

/// <summary>A column to write: its name, its type mapping (the provider's type) and each record's value as the database stores it.</summary>
internal sealed record BulkColumn<TRecord>(string Name, RelationalTypeMapping Mapping, Func<TRecord, object> Value);

/// <summary>A key the database generates: its column, and where the value it generated goes.</summary>
internal sealed record BulkGeneratedKey<TRecord>(BulkColumn<TRecord> Column, Type ClrType, Action<TRecord, object> Set)
{
    public void SetFromDatabase(TRecord record, object value) => Set(record, Convert.ChangeType(value, ClrType, CultureInfo.InvariantCulture));
}

/// <summary>One entity type's table as the bulk writers see it: the columns to write, and the key the database generates, if any.</summary>
internal sealed record BulkTable<TRecord>(string Name, IReadOnlyList<BulkColumn<TRecord>> Columns, BulkGeneratedKey<TRecord>? GeneratedKey);

internal static class BulkTable
{
    public static BulkTable<TRecord> Of<TRecord>(IEntityType type) where TRecord : class
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } only] ? only : null;
        var columns = type.GetProperties().Where(p => p != generated).Select(p => Column<TRecord>(table, p)).ToList();
        return new BulkTable<TRecord>(table.Name, columns, generated is null ? null
            : new BulkGeneratedKey<TRecord>(Column<TRecord>(table, generated), generated.ClrType, (record, id) => generated.PropertyInfo!.SetValue(record, id)));
    }

    private static BulkColumn<TRecord> Column<TRecord>(StoreObjectIdentifier table, IProperty property) where TRecord : class
    {
        var getter = property.GetGetter();
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        return new BulkColumn<TRecord>(property.GetColumnName(table)!, mapping, record => getter.GetClrValueUsingContainingEntity(record) switch
        {
            null => DBNull.Value,
            { } value => converter?.ConvertToProvider(value) ?? value,
        });
    }
}
