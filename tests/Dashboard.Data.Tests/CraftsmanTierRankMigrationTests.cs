using System.Data.Common;
using System.Text.Json;
using Dashboard.Data.Entities;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Tests;

/// <summary>
/// A database from before craftsmen carried their tier's rank, migrated: each craftsman takes its tier's rank, a batch
/// that moved a craftsman between tiers can still be undone, and the summary cells still follow the craftsmen.
/// </summary>
public sealed class CraftsmanTierRankMigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_CraftsmenFromBeforeTheirTierRank_TakeTheirTiersRankEverywhere(DatabaseProvider provider)
    {
        // Arrange: the schema of the migration before, two craftsmen, and a batch that moved 乙 from 市级工匠
        await using var database = TestDatabase.Reserve(provider);
        await using var db = database.CreateDbContext();
        await db.GetService<IMigrator>().MigrateAsync("AddedRecordRuns", cancellationToken: Token);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "CraftsmanTiers" ("Code", "NameZh", "NameEn", "Rank") VALUES ('provincial', '四川工匠', 'Sichuan', 3), ('city', '市级工匠', 'City', 4);
            INSERT INTO "Craftsmen" ("Name", "TierCode", "IsSample") VALUES ('甲', 'city', FALSE), ('乙', 'provincial', FALSE);
            """, Token);
        db.ImportBatches.Add(new()
        {
            FileName = "工匠.xlsx", FileSha256 = "0", UserId = "staff-id", UserName = "staff", Status = ImportBatchStatus.Committed,
            Changes = [new() { Entity = "Craftsman", RecordKey = """{"Id":2}""", Before = """{"TierCode":"city","YearNamed":2020}""" }],
        });
        await db.SaveChangesAsync(Token);

        // Act
        await db.Database.MigrateAsync(Token);

        // Assert
        Assert.Equal([("甲", "city", 4), ("乙", "provincial", 3)],
            (await db.Craftsmen.OrderBy(c => c.Id).Select(c => new { c.Name, c.TierCode, c.TierRank }).ToListAsync(Token)).Select(c => (c.Name, c.TierCode, c.TierRank)));
        var before = JsonDocument.Parse((await db.ImportBatchChanges.SingleAsync(Token)).Before!).RootElement;
        Assert.Equal(("city", 4, 2020), (before.GetProperty("TierCode").GetString(), before.GetProperty("TierRank").GetInt32(), before.GetProperty("YearNamed").GetInt32()));
        db.Craftsmen.Add(RecordBuilders.Craftsman("丙", "city"));
        await db.SaveChangesAsync(Token);
        Assert.Equal(2, await db.CraftsmanSummaries.Where(c => c.TierCode == "city").SumAsync(c => c.Craftsmen, Token));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "Craftsmen" SET "TierRank" = 3 WHERE "Name" = '甲'""", Token));
    }
}
