using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Over <see cref="ListRecords"/>: eight craftsmen, three of them real.</summary>
public class CraftsmanListQueriesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly ListRequest s_firstPage = new(0, 20);

    /// <summary>The database these tests run on; <see cref="CraftsmanListQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private async Task<PagedResult<CraftsmanRow>> ListAsync(DashboardFilter filter, ListRequest? request = null)
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        return await new CraftsmanListQueries(database).ListAsync(filter, request ?? s_firstPage, Token);
    }

    [Fact]
    public async Task ListAsync_RegionAndIndustry_HighestTierFirstThenLatestYear()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Chengdu], Industries = [Railway] });

        Assert.Equal(["工匠己", "工匠甲", "工匠丙", "工匠辛"], result.Items.Select(c => c.Name));
        Assert.Equal(4, result.TotalCount);
    }

    [Fact]
    public async Task ListAsync_RegionIndustryAndYears_OnlyThoseNamedInTheYears()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Chengdu], Industries = [Railway], FromYear = 2021, ToYear = 2022 });

        Assert.Equal(["工匠甲", "工匠辛"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_TierAndTwoRegions_RowsCarryTierAndRegionNames()
    {
        var result = await ListAsync(new DashboardFilter { Tier = "city", Regions = [Chengdu, Zigong] });

        Assert.Equal(["工匠丙", "工匠辛", "工匠丁"], result.Items.Select(c => c.Name));
        var first = result.Items[0];
        Assert.Equal(("city", "市级工匠", 4), (first.TierCode, first.TierNameZh, first.TierRank));
        Assert.Equal((Chengdu, "成都", "铁路"), (first.RegionCode, first.RegionNameZh, first.IndustryNameZh));
        Assert.True(first.IsSample);
    }

    [Fact]
    public async Task ListAsync_SampleOff_OnlyRealRecords()
    {
        var result = await ListAsync(new DashboardFilter { IncludeSample = false });

        Assert.Equal(["工匠己", "工匠戊", "工匠甲"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_SecondPageOfThreeByYear_NextThreeTiesById()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(1, 3, nameof(CraftsmanRow.YearNamed)));

        // 2019 己, 2021 甲 丁, then 2022 乙 庚 辛 in the order they were added
        Assert.Equal(["工匠乙", "工匠庚", "工匠辛"], result.Items.Select(c => c.Name));
        Assert.Equal(8, result.TotalCount);
    }

    [Fact]
    public async Task ListAsync_PagesInTurn_TheWholeListOnceInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new CraftsmanListQueries(database);
        var whole = await queries.ListAsync(DashboardFilter.WholeProvince, s_firstPage, Token);

        var paged = new List<CraftsmanRow>();
        for (var page = 0; page < 3; page++)
        {
            paged.AddRange((await queries.ListAsync(DashboardFilter.WholeProvince, new ListRequest(page, 3), Token)).Items);
        }

        Assert.Equal(8, whole.Items.Count);
        Assert.Equal(whole.Items, paged);
    }

    [Fact]
    public async Task ListAsync_SortByYearDescending_LatestFirst()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 3, nameof(CraftsmanRow.YearNamed), Descending: true));

        Assert.Equal(["工匠戊", "工匠丙", "工匠乙"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_UnknownSortKey_DefaultOrder()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Chengdu], Industries = [Railway] }, new ListRequest(0, 20, "Bogus", Descending: true));

        Assert.Equal(["工匠己", "工匠甲", "工匠丙", "工匠辛"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_ColumnFilters_EmployerContainsAndYearAtLeast()
    {
        var request = new ListRequest(0, 20)
        {
            Filters = [new(nameof(CraftsmanRow.EmployerName), "contains", "铁路"), new(nameof(CraftsmanRow.YearNamed), ">=", "2022")],
        };

        var result = await ListAsync(DashboardFilter.WholeProvince, request);

        Assert.Equal(["工匠丙", "工匠辛"], result.Items.Select(c => c.Name));
        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task ListAsync_UnknownColumnOrBadValue_FilterIgnored()
    {
        var request = new ListRequest(0, 20)
        {
            Filters = [new("Bogus", "contains", "x"), new(nameof(CraftsmanRow.YearNamed), ">=", "abc"), new(nameof(CraftsmanRow.Name), ">=", "1")],
        };

        var result = await ListAsync(DashboardFilter.WholeProvince, request);

        Assert.Equal(8, result.TotalCount);
    }

    [Fact]
    public async Task ListAsync_NoMatch_EmptyPageAndZeroTotal()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Luzhou], Industries = [Railway] });

        Assert.Empty(result.Items);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task StreamAsync_RegionFilterYearSortAndColumnFilter_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new CraftsmanListQueries(database);
        var filter = new DashboardFilter { Regions = [Chengdu, Zigong] };
        var request = new ListRequest(0, 2, nameof(CraftsmanRow.YearNamed), Descending: true)
        {
            Filters = [new(nameof(CraftsmanRow.YearNamed), ">=", "2021")],
        };

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(filter, page, Token), view => queries.StreamAsync(filter, view, Token), request);

        Assert.Equal(["工匠戊", "工匠丙", "工匠乙", "工匠辛", "工匠丁", "工匠甲"], streamed.Select(c => c.Name));
    }

    [Fact]
    public async Task StreamAsync_DefaultOrder_AllEightAsTheFirstPageOfTwentyHasThem()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new CraftsmanListQueries(database);

        var streamed = await queries.StreamAsync(DashboardFilter.WholeProvince, s_firstPage, Token).ToListAsync(Token);

        Assert.Equal((await queries.ListAsync(DashboardFilter.WholeProvince, s_firstPage, Token)).Items, streamed);
        Assert.Equal(8, streamed.Count);
    }

    [Fact]
    public async Task GetAsync_LeadCraftsman_HonoursStudiosAndEnterprise()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.Craftsmen.Where(c => c.Name == "工匠甲").Select(c => c.Id));
        var enterpriseId = await ListFixture.IdOfAsync(database, db => db.Enterprises.Where(e => e.Name == "企业一").Select(e => e.Id));

        var detail = await new CraftsmanListQueries(database).GetAsync(id, Token);

        Assert.NotNull(detail);
        Assert.Equal(("工匠甲", "成都铁路局", 2021, 3), (detail.Craftsman.Name, detail.Craftsman.EmployerName, detail.Craftsman.YearNamed, detail.Craftsman.Batch));
        Assert.Equal([("全国劳动模范", 2020), ("四川工匠", 2021)], detail.Honours.Select(h => (h.TitleZh, h.Year ?? 0)));
        Assert.Equal("工作室甲", Assert.Single(detail.Studios).Name);
        Assert.Equal(enterpriseId, detail.EnterpriseId);
    }

    [Fact]
    public async Task GetAsync_UnknownId_Null()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);

        Assert.Null(await new CraftsmanListQueries(database).GetAsync(999_999, Token));
    }
}

public sealed class CraftsmanListQueriesOnPostgresTests : CraftsmanListQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
