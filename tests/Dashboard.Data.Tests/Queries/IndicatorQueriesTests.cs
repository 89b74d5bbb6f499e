using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;

namespace Dashboard.Data.Tests.Queries;

public sealed class IndicatorQueriesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPublishedFiguresAsync_EachArea_ItsFiguresInTheSourcesOrderAsOneListForTheAppsLife()
    {
        await using var database = await TestDatabase.CreateSeededAsync(DatabaseProvider.Sqlite);
        var queries = new IndicatorQueries(database);
        var all = await queries.GetPublishedFiguresAsync(cancellationToken: Token);

        foreach (var area in Enum.GetValues<DashboardArea>())
        {
            var figures = await queries.GetPublishedFiguresAsync(area, Token);

            Assert.Equal(all.Where(f => f.Area == area), figures);
            Assert.Same(figures, await queries.GetPublishedFiguresAsync(area, Token));
        }
        Assert.All(Enum.GetValues<DashboardArea>(), area => Assert.Contains(all, f => f.Area == area));
    }
}
