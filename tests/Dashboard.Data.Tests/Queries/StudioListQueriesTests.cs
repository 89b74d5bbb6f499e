using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
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

                var matching = db.InnovationAchievements.Filter(filter).Where(a => columnFilter.Length == 0 || a.SavingsYuan >= 1_000_000);
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
