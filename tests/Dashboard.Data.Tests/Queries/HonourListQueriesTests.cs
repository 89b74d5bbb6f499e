using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Over <see cref="ListRecords"/>: 工匠甲's two honours.</summary>
public class HonourListQueriesTests
{
    /// <summary>The database these tests run on; <see cref="HonourListQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StreamAsync_OldestFirstPagesOfOne_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new HonourListQueries(database);
        var filter = new DashboardFilter { IncludeSample = false };
        var request = new ListRequest(0, 1, nameof(HonourRow.Year)) { Filters = [new(nameof(HonourRow.Year), ">=", "2020")] };

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(filter, page, Token), view => queries.StreamAsync(filter, view, Token), request);

        Assert.Equal(["全国劳动模范", "四川工匠"], streamed.Select(h => h.TitleZh));
    }
}

public sealed class HonourListQueriesOnPostgresTests : HonourListQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
