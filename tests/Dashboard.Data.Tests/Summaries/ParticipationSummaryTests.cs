using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Summaries;

/// <summary>
/// The participation rows equal the competition entries grouped per enterprise × year × level × sample, after the seed
/// and after every kind of write the app makes: adding, changing and deleting entries, changing or deleting a
/// competition, moving an enterprise to another 市州, industry or size, deleting an enterprise.
/// </summary>
public class ParticipationSummaryTests : SummaryWriteTests
{
    private async Task AssertRowsEqualEntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        await SummaryCells.AssertParticipationRowsEqualEntriesAsync(db, Token);
    }

    [Fact]
    public async Task Seeded_RowsEqualEntries()
    {
        await using var db = Database.CreateDbContext();
        Assert.True(await db.ParticipationSummaries.AnyAsync(Token));
        await AssertRowsEqualEntriesAsync();
    }

    [Fact]
    public async Task AddChangeDeleteEntries_RowsFollow()
    {
        await WriteAsync(async db =>
        {
            var competition = new Competition { Name = "新竞赛", Year = 2001, Level = CompetitionLevel.City };
            var enterprises = await db.Enterprises.OrderBy(e => e.Id).Take(2).ToListAsync(Token);
            competition.Entries.AddRange(enterprises.Select(e => new CompetitionEntry { Enterprise = e, Workers = 40 }));
            db.Competitions.Add(competition);
        });
        await AssertRowsEqualEntriesAsync();

        await WriteAsync(async db =>
        {
            var entries = await db.CompetitionEntries.OrderBy(e => e.CompetitionId).ThenBy(e => e.EnterpriseId).Take(2).ToListAsync(Token);
            entries[0].Workers += 1_000;
            db.CompetitionEntries.Remove(entries[1]);
        });
        await AssertRowsEqualEntriesAsync();

        await WriteAsync(db => db.CompetitionEntries.Where(e => e.Competition!.Year == 2023).ExecuteDeleteAsync(Token));
        await AssertRowsEqualEntriesAsync();
    }

    [Fact]
    public async Task OneStatementChangingManyEntries_RowsFollow()
    {
        await WriteAsync(db => db.CompetitionEntries.Where(e => e.Workers > 10).ExecuteUpdateAsync(s => s.SetProperty(e => e.Workers, e => e.Workers / 2), Token));
        await AssertRowsEqualEntriesAsync();
    }

    [Fact]
    public async Task ChangeAndDeleteCompetitions_RowsFollow()
    {
        await WriteAsync(async db =>
        {
            var competitions = await db.Competitions.Where(c => c.Entries.Count > 1).OrderBy(c => c.Id).Take(3).ToListAsync(Token);
            competitions[0].Year = competitions[0].Year is null ? 2020 : null;
            competitions[1].Level = competitions[1].Level == CompetitionLevel.City ? CompetitionLevel.Provincial : CompetitionLevel.City;
            competitions[2].IsSample = !competitions[2].IsSample;
        });
        await AssertRowsEqualEntriesAsync();

        // Deleted whole: the cascade takes the competition's entries with it
        await WriteAsync(db => db.Competitions.Where(c => c.Entries.Count > 1).OrderBy(c => c.Id).Take(1).ExecuteDeleteAsync(Token));
        await AssertRowsEqualEntriesAsync();
    }

    [Fact]
    public async Task MoveAndDeleteEnterprises_RowsFollow()
    {
        await WriteAsync(async db =>
        {
            var regions = await db.Regions.Select(r => r.Code).Take(2).ToListAsync(Token);
            var industries = await db.Industries.Select(i => i.Code).Take(2).ToListAsync(Token);
            var enterprises = await db.Enterprises.Where(e => db.CompetitionEntries.Count(x => x.EnterpriseId == e.Id) > 1).OrderBy(e => e.Id).Take(4).ToListAsync(Token);
            enterprises[0].RegionCode = enterprises[0].RegionCode == regions[0] ? regions[1] : regions[0];
            enterprises[1].IndustryCode = enterprises[1].IndustryCode == industries[0] ? industries[1] : industries[0];
            enterprises[2].IsAboveScale = !enterprises[2].IsAboveScale;
            enterprises[3].IsSample = !enterprises[3].IsSample;
        });
        await AssertRowsEqualEntriesAsync();

        await WriteAsync(db => db.Enterprises.Where(e => db.CompetitionEntries.Count(x => x.EnterpriseId == e.Id) > 1).OrderBy(e => e.Id).Take(1).ExecuteDeleteAsync(Token));
        await AssertRowsEqualEntriesAsync();
    }
}

public sealed class ParticipationSummaryOnPostgresTests : ParticipationSummaryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>Under any filter, in any account's scope, the rows give the enterprises and workers the entries give.</summary>
public sealed class ParticipationSummaryFilterTests(AchievementSummaryFilterTests.Seeded seeded) : IClassFixture<AchievementSummaryFilterTests.Seeded>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, DashboardFilter> s_filters = new()
    {
        ["none"] = DashboardFilter.WholeProvince,
        ["2022–2023"] = new() { FromYear = 2022, ToYear = 2023 },
        ["成都"] = new() { Regions = ["510100"] },
        ["two 市州, one industry"] = new() { Regions = ["510100", "510700"], Industries = ["equipment-manufacturing"] },
        ["city level, no sample"] = new() { Level = CompetitionLevel.City, IncludeSample = false },
        ["above scale from 2023"] = new() { AboveScale = true, FromYear = 2023 },
        ["year unknown"] = new() { YearUnknown = true },
    };

    public static TheoryData<string> Filters() => [.. s_filters.Keys];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_AnyFilter_RowsGiveTheEnterprisesAndWorkersOfTheEntriesTheFilterDrillsTo(string name)
    {
        var filter = s_filters[name];
        foreach (var scope in new[] { RecordScope.Province, new RecordScope("510100") })
        {
            await using var db = await seeded.Database.For(scope).CreateDbContextAsync(Token);
            var entries = await db.CompetitionEntries.Filter(filter).GroupBy(e => e.Competition!.Year)
                .Select(g => new { Year = g.Key, Enterprises = g.Select(e => e.EnterpriseId).Distinct().Count(), Entries = g.Count(), Workers = g.Sum(e => (long)e.Workers) })
                .OrderBy(y => y.Year).ToListAsync(Token);
            var rows = await db.ParticipationSummaries.Filter(filter).GroupBy(p => p.Year)
                .Select(g => new { Year = g.Key, Enterprises = g.Select(p => p.EnterpriseId).Distinct().Count(), Entries = g.Sum(p => p.Entries), Workers = g.Sum(p => p.Workers) })
                .OrderBy(y => y.Year).ToListAsync(Token);

            Assert.Equal(entries, rows);
        }
    }
}
