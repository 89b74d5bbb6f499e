using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Summaries;

/// <summary>
/// The craftsman cells equal the craftsmen grouped after the seed and after adding, changing and deleting craftsmen,
/// and under any filter, in any account's scope, sum to the craftsmen a bar drills to.
/// </summary>
public class CraftsmanSummaryTests : SummaryWriteTests
{
    private async Task AssertCellsEqualRecordsAsync()
    {
        await using var db = Database.CreateDbContext();
        await SummaryCells.AssertCraftsmanCellsEqualRecordsAsync(db, Token);
    }

    [Fact]
    public async Task SeededThenWritten_CellsFollowTheRecords()
    {
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(db =>
        {
            db.Craftsmen.Add(RecordBuilders.Craftsman("新一", "city", region: "510100", year: 2001));
            db.Craftsmen.Add(RecordBuilders.Craftsman("新二", "city", region: "510100", year: 2001));
            db.Craftsmen.Add(RecordBuilders.Craftsman("新三", "provincial", batch: 9));
            return Task.CompletedTask;
        });
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(async db =>
        {
            var craftsmen = await db.Craftsmen.OrderBy(c => c.Id).Take(3).ToListAsync(Token);
            (craftsmen[0].TierCode, craftsmen[0].Batch) = ("provincial", 2);
            (craftsmen[1].RegionCode, craftsmen[1].YearNamed) = (null, null);
            craftsmen[2].IsSample = !craftsmen[2].IsSample;
        });
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(async db => db.Craftsmen.RemoveRange(await db.Craftsmen.Where(c => c.Name == "新一" || c.Name == "新三").ToListAsync(Token)));
        await WriteAsync(db => db.Craftsmen.Where(c => c.YearNamed == 2023).ExecuteDeleteAsync(Token));
        await AssertCellsEqualRecordsAsync();
    }

    [Fact]
    public async Task OneStatementMovingManyCraftsmen_CellsFollow()
    {
        // One statement takes craftsmen out of cells and into cells that others leave or already hold.
        await WriteAsync(db => db.Craftsmen.Where(c => c.YearNamed >= 2022)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.YearNamed, c => c.YearNamed - 1).SetProperty(c => c.IsSample, c => !c.IsSample), Token));
        await AssertCellsEqualRecordsAsync();
    }
}

public sealed class CraftsmanSummaryOnPostgresTests : CraftsmanSummaryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Under any filter, in any account's scope, the cells sum to the craftsmen a bar drills to.</summary>
public sealed class CraftsmanSummaryFilterTests(AchievementSummaryFilterTests.Seeded seeded) : IClassFixture<AchievementSummaryFilterTests.Seeded>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, DashboardFilter> s_filters = new()
    {
        ["none"] = DashboardFilter.WholeProvince,
        ["2022–2023"] = new() { FromYear = 2022, ToYear = 2023 },
        ["two 市州, one industry"] = new() { Regions = ["510100", "510700"], Industries = ["equipment-manufacturing"] },
        ["四川工匠 第4届"] = new() { Tier = "provincial", Batch = 4 },
        ["no sample"] = new() { IncludeSample = false },
        ["year unknown"] = new() { YearUnknown = true },
    };

    public static TheoryData<string> Filters() => [.. s_filters.Keys];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_AnyFilter_CellsSumToTheCraftsmenTheFilterDrillsTo(string name)
    {
        var filter = s_filters[name];
        foreach (var scope in new[] { RecordScope.Province, new RecordScope("510100") })
        {
            await using var db = await seeded.Database.For(scope).CreateDbContextAsync(Token);
            var records = await db.Craftsmen.Filter(filter).GroupBy(c => c.TierCode)
                .Select(g => new { Tier = g.Key, Craftsmen = g.Count(), Sample = g.Count(c => c.IsSample) })
                .OrderBy(t => t.Tier).ToListAsync(Token);
            var cells = await db.CraftsmanSummaries.Filter(filter).GroupBy(c => c.TierCode)
                .Select(g => new { Tier = g.Key, Craftsmen = g.Sum(c => c.Craftsmen), Sample = g.Sum(c => c.IsSample ? c.Craftsmen : 0) })
                .OrderBy(t => t.Tier).ToListAsync(Token);

            Assert.Equal(records, cells);
        }
    }
}
