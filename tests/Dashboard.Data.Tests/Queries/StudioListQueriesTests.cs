using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Over <see cref="ListRecords"/>: three studios, four achievements.</summary>
public class StudioListQueriesTests
{
    /// <summary>The database these tests run on; <see cref="StudioListQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<PagedResult<StudioRow>> ListAsync(DashboardFilter filter, ListRequest? request = null)
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        return await new StudioListQueries(database).ListAsync(filter, request ?? new ListRequest(0, 20), Token);
    }

    private async Task<PagedResult<AchievementRow>> AchievementsOfFirstAsync(DashboardFilter filter, ListRequest? request = null)
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.InnovationStudios.Where(s => s.Name == "工作室甲").Select(s => s.Id));
        return await new StudioListQueries(database).AchievementsAsync(id, filter, request ?? new ListRequest(0, 20), Token);
    }

    [Fact]
    public async Task ListAsync_WholeProvince_WidestLevelFirstWithAllAchievements()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince);

        Assert.Equal(
            [("工作室乙", 1, 300_000L), ("工作室甲", 3, 4_000_000L), ("工作室丙", 0, 0L)],
            result.Items.Select(s => (s.Name, s.Achievements, s.SavingsYuan)));
        var led = result.Items[1];
        Assert.Equal((true, "工匠甲", "成都", "铁路", 2020), (led.IsCraftsmanLed, led.LeadName, led.RegionNameZh, led.IndustryNameZh, led.FoundedYear ?? 0));
    }

    [Fact]
    public async Task ListAsync_OneYear_StudiosFoundedByThenAndThatYearsAchievements()
    {
        var result = await ListAsync(new DashboardFilter { FromYear = 2023, ToYear = 2023 });

        Assert.Equal([("工作室乙", 0, 0L), ("工作室甲", 2, 3_000_000L)], result.Items.Select(s => (s.Name, s.Achievements, s.SavingsYuan)));
    }

    [Fact]
    public async Task ListAsync_RegionTimesIndustry_OnlyTheCrossing()
    {
        Assert.Equal(["工作室甲", "工作室丙"], (await ListAsync(new DashboardFilter { Regions = [Chengdu] })).Items.Select(s => s.Name));
        Assert.Equal(["工作室乙", "工作室丙"], (await ListAsync(new DashboardFilter { Industries = [Electronics] })).Items.Select(s => s.Name));
        Assert.Equal(["工作室丙"], (await ListAsync(new DashboardFilter { Regions = [Chengdu], Industries = [Electronics] })).Items.Select(s => s.Name));
    }

    [Fact]
    public async Task ListAsync_SampleOff_RealStudiosAndRealAchievements()
    {
        var result = await ListAsync(new DashboardFilter { IncludeSample = false });

        Assert.Equal([("工作室甲", 2, 3_500_000L), ("工作室丙", 0, 0L)], result.Items.Select(s => (s.Name, s.Achievements, s.SavingsYuan)));
    }

    [Fact]
    public async Task ListAsync_SortBySavingsDescendingThenNameFilter_Applied()
    {
        var sorted = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 20, nameof(StudioRow.SavingsYuan), Descending: true));
        var filtered = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 20) { Filters = [new(nameof(StudioRow.Name), "contains", "丙")] });

        Assert.Equal(["工作室甲", "工作室乙", "工作室丙"], sorted.Items.Select(s => s.Name));
        Assert.Equal("工作室丙", Assert.Single(filtered.Items).Name);
        Assert.Equal(1, filtered.TotalCount);
    }

    [Fact]
    public async Task ListAsync_NoMatch_Empty()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Luzhou] });

        Assert.Empty(result.Items);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task AchievementsAsync_Years_LatestFirstWithinTheYears()
    {
        var result = await AchievementsOfFirstAsync(new DashboardFilter { FromYear = 2023 });

        Assert.Equal(
            [(2023, AchievementCategory.RationalisationProposal, "成果三", 500_000L, true), (2023, AchievementCategory.TechnicalInnovation, "成果二", 2_500_000L, false)],
            result.Items.Select(a => (a.Year, a.Category, a.Title, a.SavingsYuan, a.IsSample)));
    }

    [Fact]
    public async Task AchievementsAsync_SampleOffSortedBySavingsDescending_RealOnesLargestFirst()
    {
        var result = await AchievementsOfFirstAsync(new DashboardFilter { IncludeSample = false }, new ListRequest(0, 20, nameof(AchievementRow.SavingsYuan), Descending: true));

        Assert.Equal(["成果二", "成果一"], result.Items.Select(a => a.Title));
    }

    [Fact]
    public async Task AchievementsAsync_SecondPageOfTwoWithSavingsFilter_Paged()
    {
        var request = new ListRequest(1, 2, nameof(AchievementRow.SavingsYuan)) { Filters = [new(nameof(AchievementRow.SavingsYuan), ">=", "500000")] };

        var result = await AchievementsOfFirstAsync(DashboardFilter.WholeProvince, request);

        Assert.Equal("成果二", Assert.Single(result.Items).Title);
        Assert.Equal(3, result.TotalCount);
    }

    [Fact]
    public async Task AchievementsAsync_AnyFilterWithOrWithoutColumnFilter_TotalsAreTheMatchingAchievementsCountedAndSummed()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new StudioListQueries(database);
        await using var db = database.CreateDbContext();
        DashboardFilter[] filters = [DashboardFilter.WholeProvince, new() { Regions = [Chengdu] }, new() { FromYear = 2023, IncludeSample = false }];
        foreach (var filter in filters)
        {
            foreach (var columnFilter in new ColumnFilter[][] { [], [new(nameof(AchievementRow.SavingsYuan), ">=", "1000000")] })
            {
                var result = await queries.AchievementsAsync(filter, new ListRequest(0, 1) { Filters = columnFilter }, Token);

                var matching = db.InnovationAchievements.Filter(filter, db.InnovationStudios).Where(a => columnFilter.Length == 0 || a.SavingsYuan >= 1_000_000);
                Assert.Equal(await matching.CountAsync(Token), result.TotalCount);
                Assert.Equal(await matching.SumAsync(a => a.SavingsYuan, Token), result.MeasureTotal);
            }
        }
    }

    [Fact]
    public async Task StreamAchievementsAsync_SampleOffBySavings_TheListsRowsInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new StudioListQueries(database);
        var filter = new DashboardFilter { IncludeSample = false };
        var request = new ListRequest(0, 100, nameof(AchievementRow.SavingsYuan), Descending: true);

        var streamed = await queries.StreamAchievementsAsync(filter, request, Token).ToListAsync(Token);

        Assert.Equal((await queries.AchievementsAsync(filter, request, Token)).Items, streamed);
        Assert.NotEmpty(streamed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AchievementsAsync_PagesReadFromTheNeighboursEdgeForwardsAndBackwards_TheWholeListOnceInItsOrder(bool chengduOnly)
    {
        // Seventeen achievements, years and titles shared, so the pages' edges fall inside runs of equal keys.
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        await AddAchievementsWithSharedKeysAsync(database, 13);
        var queries = new StudioListQueries(database);
        var filter = chengduOnly ? new DashboardFilter { Regions = [Chengdu] } : DashboardFilter.WholeProvince;
        var whole = (await queries.AchievementsAsync(filter, new ListRequest(0, 100), Token)).Items;
        var lastPage = (whole.Count - 1) / 3;

        var forwards = new List<AchievementRow>();
        ListPosition? from = null;
        for (var page = 0; page <= lastPage; page++)
        {
            var result = await queries.AchievementsAsync(filter, new ListRequest(page, 3) { From = from }, Token);
            forwards.AddRange(result.Items);
            from = result.Position;
        }
        var backwards = new List<AchievementRow>();
        from = null;
        for (var page = lastPage; page >= 0; page--)
        {
            var result = await queries.AchievementsAsync(filter, new ListRequest(page, 3) { From = from }, Token);
            backwards.InsertRange(0, result.Items);
            from = result.Position;
        }
        var counted = new List<AchievementRow>();
        for (var page = 0; page <= lastPage; page++)
        {
            counted.AddRange((await queries.AchievementsAsync(filter, new ListRequest(page, 3), Token)).Items);
        }

        Assert.True(whole.Count > 6);
        Assert.Equal(whole, forwards);
        Assert.Equal(whole, backwards);
        Assert.Equal(whole, counted);
    }

    [Fact]
    public async Task AchievementsAsync_NextPageFromAnEdgeRow_TheRowsAfterThatRow()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        await AddAchievementsWithSharedKeysAsync(database, 13);
        var queries = new StudioListQueries(database);
        var whole = (await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(0, 100), Token)).Items;

        // Page 1 read as the page after a page said to end at the fifth row: it starts at the sixth, not the fourth.
        var after = await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(1, 3) { From = new(0, whole[0].Id, whole[4].Id) }, Token);
        // Page 0 read as the page before a page said to start at the fifth row: it ends at the fourth.
        var before = await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(0, 3) { From = new(1, whole[4].Id, whole[6].Id) }, Token);

        Assert.Equal(whole.Skip(5).Take(3), after.Items);
        Assert.Equal(new ListPosition(1, whole[5].Id, whole[7].Id), after.Position);
        Assert.Equal(whole.Skip(1).Take(3), before.Items);
    }

    [Fact]
    public async Task AchievementsAsync_EdgeRowGone_PageCountedFromTheStart()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        await AddAchievementsWithSharedKeysAsync(database, 13);
        var queries = new StudioListQueries(database);
        var first = await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(0, 3), Token);
        await using (var db = database.CreateDbContext())
        {
            await db.InnovationAchievements.Where(a => a.Id == first.Position!.LastId).ExecuteDeleteAsync(Token);
        }

        var next = await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(1, 3) { From = first.Position }, Token);

        Assert.Equal((await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(1, 3), Token)).Items, next.Items);
        Assert.Equal(3, next.Items.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AchievementsAsync_EveryPageByNumberOverYearsOfDifferentSizes_TheRecordsInTheListsOrder(bool includeSample)
    {
        // Pages of 4 and 7 over years of 4 to 11 achievements: a page opened by its number starts in one year and may end
        // in the next, and the years' counts come from the summary cells.
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        await using (var db = database.CreateDbContext())
        {
            var studios = await db.InnovationStudios.Select(s => s.Id).ToListAsync(Token);
            db.InnovationAchievements.AddRange(Enumerable.Range(0, 60).Select(i => new InnovationAchievement
            {
                StudioId = studios[i % studios.Count], Year = 2015 + i % 10 + (i % 7 == 0 ? 1 : 0), Title = $"成果{i % 6}",
                Category = AchievementCategory.FiveSmall, SavingsYuan = 1_000 * (i % 9), IsSample = i % 3 == 0,
            }));
            await db.SaveChangesAsync(Token);
        }
        var queries = new StudioListQueries(database);
        var filter = new DashboardFilter { FromYear = 2016, IncludeSample = includeSample };
        List<int> expectedLatestFirst, expectedMostSaved;
        await using (var db = database.CreateDbContext())
        {
            var records = db.InnovationAchievements.Where(a => a.Year >= 2016 && (includeSample || !a.IsSample));
            expectedLatestFirst = await records.OrderByDescending(a => a.Year).ThenBy(a => a.Title).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(Token);
            expectedMostSaved = await records.OrderByDescending(a => a.SavingsYuan).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(Token);
        }

        foreach (var pageSize in new[] { 4, 7 })
        {
            for (var page = 0; page * pageSize < expectedLatestFirst.Count; page++)
            {
                var latestFirst = await queries.AchievementsAsync(filter, new ListRequest(page, pageSize), Token);
                var mostSaved = await queries.AchievementsAsync(filter, new ListRequest(page, pageSize, nameof(AchievementRow.SavingsYuan), Descending: true), Token);

                Assert.Equal(expectedLatestFirst.Skip(page * pageSize).Take(pageSize), latestFirst.Items.Select(r => r.Id));
                Assert.Equal(expectedMostSaved.Skip(page * pageSize).Take(pageSize), mostSaved.Items.Select(r => r.Id));
            }
        }
        Assert.True(expectedLatestFirst.Count > 30);
    }

    [Fact]
    public async Task AchievementsAsync_SamePagesReadAgain_NoQueryCompiledAgain()
    {
        // Arrange: EF says when it compiles a query; a page whose ids went into the query as a constant was compiled anew.
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        await AddAchievementsWithSharedKeysAsync(database, 13);
        var compiled = 0;
        // Its own cache of compiled queries, which the tests running beside it cannot fill up and empty.
        using var queryCache = new MemoryCache(new MemoryCacheOptions());
        var options = new DbContextOptionsBuilder<DashboardDbContext>(database.Options)
            .LogTo(_ => Interlocked.Increment(ref compiled), [CoreEventId.QueryCompilationStarting])
            .UseMemoryCache(queryCache).Options;
        var queries = new StudioListQueries(new WholeDatabaseDbContextFactory(options));
        async Task ReadEveryPageAsync()
        {
            for (var page = 0; page < 6; page++)
            {
                await queries.AchievementsAsync(DashboardFilter.WholeProvince, new ListRequest(page, 3), Token);
            }
        }
        await ReadEveryPageAsync();
        var compiledOnce = compiled;

        // Act
        await ReadEveryPageAsync();

        // Assert
        Assert.True(compiledOnce > 0);
        Assert.Equal(compiledOnce, compiled);
    }

    /// <summary>Achievements in two years with two titles between them, split over a 成都 and a 自贡 studio.</summary>
    private static async Task AddAchievementsWithSharedKeysAsync(IDbContextFactory<DashboardDbContext> database, int count)
    {
        await using var db = await database.CreateDbContextAsync(Token);
        var studios = await db.InnovationStudios.Where(s => s.Name == "工作室甲" || s.Name == "工作室乙").Select(s => s.Id).ToListAsync(Token);
        db.InnovationAchievements.AddRange(Enumerable.Range(0, count).Select(i => new InnovationAchievement
        {
            StudioId = studios[i % 2], Year = 2022 + i % 2, Title = i % 3 == 0 ? "同名成果甲" : "同名成果乙",
            Category = AchievementCategory.FiveSmall, SavingsYuan = 1_000 * i, IsSample = true,
        }));
        await db.SaveChangesAsync(Token);
    }

    [Fact]
    public async Task StreamAsync_LeastSavingsFirstPagesOfTwo_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new StudioListQueries(database);
        var request = new ListRequest(0, 2, nameof(StudioRow.SavingsYuan)) { Filters = [new(nameof(StudioRow.FoundedYear), ">=", "2020")] };

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(DashboardFilter.WholeProvince, page, Token), view => queries.StreamAsync(DashboardFilter.WholeProvince, view, Token), request);

        Assert.Equal(["工作室丙", "工作室乙", "工作室甲"], streamed.Select(s => s.Name));
    }

    [Fact]
    public async Task StreamAchievementsAsync_OneStudioLeastSavingsFirstPagesOfOne_EveryPageOfItsListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.InnovationStudios.Where(s => s.Name == "工作室甲").Select(s => s.Id));
        var queries = new StudioListQueries(database);
        var filter = new DashboardFilter { FromYear = 2021 };
        var request = new ListRequest(0, 1, nameof(AchievementRow.SavingsYuan));

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.AchievementsAsync(id, filter, page, Token), view => queries.StreamAchievementsAsync(id, filter, view, Token), request);

        Assert.Equal(["成果三", "成果一", "成果二"], streamed.Select(a => a.Title));
    }

    [Fact]
    public async Task GetAsync_KnownAndUnknownId_RowOrNull()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.InnovationStudios.Where(s => s.Name == "工作室甲").Select(s => s.Id));
        var queries = new StudioListQueries(database);

        var studio = await queries.GetAsync(id, Token);

        Assert.Equal(("工作室甲", 3, 4_000_000L), (studio?.Name, studio?.Achievements, studio?.SavingsYuan));
        Assert.Null(await queries.GetAsync(999_999, Token));
    }
}

public sealed class StudioListQueriesOnPostgresTests : StudioListQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
