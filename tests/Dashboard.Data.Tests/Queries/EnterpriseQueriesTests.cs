using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;

namespace Dashboard.Data.Tests.Queries;

public class EnterpriseQueriesTests
{
    /// <summary>The database these tests run on; <see cref="EnterpriseQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_EnterpriseOfTwoCompetitions_DetailWithEntriesLatestFirstAndCraftsmen()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.Enterprises.Where(e => e.Name == "企业二").Select(e => e.Id));
        var first = await ListFixture.IdOfAsync(database, db => db.Enterprises.Where(e => e.Name == "企业一").Select(e => e.Id));
        var queries = new EnterpriseQueries(database);

        var detail = await queries.GetAsync(id, Token);
        var employer = await queries.GetAsync(first, Token);

        Assert.NotNull(detail);
        Assert.Equal(("企业二", "成都", "电子信息", true, true, 0), (detail.Name, detail.RegionNameZh, detail.IndustryNameZh, detail.IsAboveScale, detail.IsSample, detail.Craftsmen));
        Assert.Equal([("竞赛二", 2024, CompetitionLevel.City, 20), ("竞赛一", 2023, CompetitionLevel.Provincial, 50)],
            detail.Competitions.Select(c => (c.Name, c.Year ?? 0, c.Level, c.Workers)));
        Assert.Equal(1, employer?.Craftsmen);
    }

    [Fact]
    public async Task StreamAsync_RailwayMostEntriesFirstPagesOfOne_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new EnterpriseQueries(database);
        var filter = new DashboardFilter { Industries = [ListRecords.Railway] };
        var request = new ListRequest(0, 1, nameof(EnterpriseRow.Entries), Descending: true) { Filters = [new(nameof(EnterpriseRow.Workers), ">=", "50")] };

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(filter, page, Token), view => queries.StreamAsync(filter, view, Token), request);

        Assert.Equal([("企业三", 2), ("企业一", 1)], streamed.Select(e => (e.Name, e.Entries)));
    }

    [Fact]
    public async Task GetAsync_UnknownId_Null()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);

        Assert.Null(await new EnterpriseQueries(database).GetAsync(999_999, Token));
    }
}

public sealed class EnterpriseQueriesOnPostgresTests : EnterpriseQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
