using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Summaries;

/// <summary>
/// The achievement cells equal the achievements grouped, after the seed and after every kind of write the app makes:
/// adding, changing and deleting achievements, moving a studio to another level, 市州 or industry, deleting a studio.
/// </summary>
public class AchievementSummaryTests : SummaryWriteTests
{
    private async Task AssertCellsEqualRecordsAsync()
    {
        await using var db = Database.CreateDbContext();
        await SummaryCells.AssertAchievementCellsEqualRecordsAsync(db, Token);
    }

    [Fact]
    public async Task Seeded_CellsEqualRecords()
    {
        await using var db = Database.CreateDbContext();
        Assert.True(await db.AchievementSummaries.AnyAsync(Token));
        await AssertCellsEqualRecordsAsync();
    }

    [Fact]
    public async Task AddChangeDeleteAchievements_CellsFollow()
    {
        await WriteAsync(async db =>
        {
            var studio = await db.InnovationStudios.OrderBy(s => s.Id).FirstAsync(Token);
            db.InnovationAchievements.Add(new InnovationAchievement { StudioId = studio.Id, Year = 2001, Category = AchievementCategory.FiveSmall, Title = "新一", SavingsYuan = 7 });
            db.InnovationAchievements.Add(new InnovationAchievement { StudioId = studio.Id, Year = 2001, Category = AchievementCategory.FiveSmall, Title = "新二", SavingsYuan = 5 });
        });
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(async db =>
        {
            var achievements = await db.InnovationAchievements.OrderBy(a => a.Id).Take(3).ToListAsync(Token);
            var otherStudio = await db.InnovationStudios.OrderByDescending(s => s.Id).FirstAsync(Token);
            (achievements[0].Year, achievements[0].SavingsYuan) = (2002, 123_456);
            (achievements[1].Category, achievements[1].IsSample) = (AchievementCategory.RationalisationProposal, !achievements[1].IsSample);
            achievements[2].StudioId = otherStudio.Id;
        });
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(async db => db.InnovationAchievements.RemoveRange(await db.InnovationAchievements.Where(a => a.Title == "新一" || a.Year == 2002).ToListAsync(Token)));
        await AssertCellsEqualRecordsAsync();

        await WriteAsync(db => db.InnovationAchievements.Where(a => a.Year == 2023).ExecuteDeleteAsync(Token));
        await AssertCellsEqualRecordsAsync();
    }

    [Fact]
    public async Task OneStatementMovingManyAchievements_CellsFollow()
    {
        // One statement moves achievements between cells, and changes the savings of others that stay in theirs.
        await WriteAsync(db => db.InnovationAchievements.Where(a => a.Year >= 2022)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Year, a => a.Year == 2025 ? 2022 : a.Year + 1).SetProperty(a => a.SavingsYuan, a => a.SavingsYuan + 10), Token));
        await AssertCellsEqualRecordsAsync();
    }

    [Fact]
    public async Task MoveAndDeleteStudios_CellsFollow()
    {
        await WriteAsync(async db =>
        {
            var regions = await db.Regions.Select(r => r.Code).Take(2).ToListAsync(Token);
            var studios = await db.InnovationStudios.Where(s => s.Achievements.Count > 1).OrderBy(s => s.Id).Take(3).ToListAsync(Token);
            studios[0].Level = studios[0].Level == StudioLevel.Provincial ? StudioLevel.National : StudioLevel.Provincial;
            studios[1].RegionCode = studios[1].RegionCode == regions[0] ? regions[1] : regions[0];
            (studios[2].RegionCode, studios[2].IndustryCode) = (null, null);
        });
        await AssertCellsEqualRecordsAsync();

        // Deleted whole: the cascade takes the studio's achievements with it
        await WriteAsync(async db => db.InnovationStudios.Remove(await db.InnovationStudios.Where(s => s.Achievements.Count > 1).OrderBy(s => s.Id).FirstAsync(Token)));
        await AssertCellsEqualRecordsAsync();
    }
}

public sealed class AchievementSummaryOnPostgresTests : AchievementSummaryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Under any filter, in any account's scope, the cells sum to the achievements a bar drills to.</summary>
public sealed class AchievementSummaryFilterTests(AchievementSummaryFilterTests.Seeded seeded) : IClassFixture<AchievementSummaryFilterTests.Seeded>
{
    /// <summary>One seeded database for the class: its tests only read.</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        public SqliteTestDatabase Database { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Database = await SqliteTestDatabase.CreateSeededAsync();

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, DashboardFilter> s_filters = new()
    {
        ["none"] = DashboardFilter.WholeProvince,
        ["2022–2023"] = new() { FromYear = 2022, ToYear = 2023 },
        ["成都"] = new() { Regions = ["510100"] },
        ["two 市州, one industry"] = new() { Regions = ["510100", "510700"], Industries = ["equipment-manufacturing"] },
        ["技术革新"] = new() { Category = AchievementCategory.TechnicalInnovation },
        ["provincial, no sample"] = new() { StudioLevel = StudioLevel.Provincial, IncludeSample = false },
        ["national from 2023"] = new() { StudioLevel = StudioLevel.National, FromYear = 2023 },
        ["year unknown"] = new() { YearUnknown = true },
    };

    public static TheoryData<string> Filters() => [.. s_filters.Keys];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_AnyFilter_CellsSumToTheAchievementsTheFilterDrillsTo(string name)
    {
        var filter = s_filters[name];
        foreach (var scope in new[] { RecordScope.Province, new RecordScope("510100") })
        {
            await using var db = await seeded.Database.For(scope).CreateDbContextAsync(Token);
            var records = await db.InnovationAchievements.Filter(filter, db.InnovationStudios).GroupBy(a => a.Year)
                .Select(g => new { Year = g.Key, Achievements = g.Count(), SavingsYuan = g.Sum(a => a.SavingsYuan), Sample = g.Count(a => a.IsSample) })
                .OrderBy(y => y.Year).ToListAsync(Token);
            var cells = await db.AchievementSummaries.Filter(filter).GroupBy(c => c.Year)
                .Select(g => new { Year = g.Key, Achievements = g.Sum(c => c.Achievements), SavingsYuan = g.Sum(c => c.SavingsYuan), Sample = g.Sum(c => c.IsSample ? c.Achievements : 0) })
                .OrderBy(y => y.Year).ToListAsync(Token);

            Assert.Equal(records, cells);
        }
    }
}
