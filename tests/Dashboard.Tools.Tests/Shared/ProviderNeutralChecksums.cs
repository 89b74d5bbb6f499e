using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tools.Tests.Shared;

/// <summary>
/// Row counts and a SHA-256 of a table's rows as the model sees them, the same on SQLite and PostgreSQL: columns in the
/// model's order, rows in key order, a boolean as 0 or 1 (SQLite stores it so).
/// </summary>
internal static class ProviderNeutralChecksums
{
    public static async Task<(long Rows, string Sha256)> ReadAsync(DashboardDbContext db, Type entity)
    {
        var type = db.Model.FindEntityType(entity)!;
        var columns = type.GetProperties().Select(p => $"\"{p.GetColumnName()}\"");
        var key = type.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\"");
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM \"{type.GetTableName()}\" ORDER BY {string.Join(", ", key)}";
        await using var reader = await command.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0L;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{Text(reader, i)}\u001f"));
            }
            hash.AppendData("\u001e"u8);
        }
        return (rows, Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static string Text(DbDataReader reader, int column) => reader.GetValue(column) switch
    {
        DBNull => "∅",
        bool value => value ? "1" : "0",
        var value => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
