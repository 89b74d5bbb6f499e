using Dashboard.Data;
using Dashboard.Data.Changes;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Tests.Shared.Data.ListRecords;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>A committed change reaches open pages without a reload, and they keep the reader's filter.</summary>
public sealed class LiveRefreshTests : DrillPageTestContext
{
    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notify_CraftsmanAddedInTheListsFilter_ListGrowsKeepingTheFilter()
    {
        // Arrange: the 成都 railway list is open
        NavigateTo("/tiers/craftsmen?region=510100&industry=railway");
        var cut = Render<Craftsmen>();
        cut.WaitForAssertion(() => Assert.Equal("共 4 条", cut.Find("[data-testid='row-count']").TextContent.Trim()));

        // Act: a record is committed, then announced
        await AddCraftsmanAsync(Craftsman("工匠新", "city", Chengdu, Railway, 2025));
        await NotifyAsync();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("共 5 条", cut.Find("[data-testid='row-count']").TextContent.Trim()));
        Assert.Contains("工匠新", FirstColumn(cut));
        Assert.Equal("http://localhost/tiers/craftsmen?region=510100&industry=railway", Navigation.Uri);
    }

    [Fact]
    public async Task Notify_CraftsmanAdded_TiersPyramidCountsIt()
    {
        var cut = RenderTiersAt("/tiers?region=510300");
        var pyramid = CanvasOf(cut, "tier-pyramid");
        var before = SpecDrawnOn(Charts, pyramid).Series[0].Values[3];

        await AddCraftsmanAsync(Craftsman("工匠新", "city", Zigong, Railway, 2025));
        await NotifyAsync();

        cut.WaitForAssertion(() => Assert.Equal(before + 1, SpecDrawnOn(Charts, pyramid).Series[0].Values[3]));
    }

    private Task NotifyAsync() => Services.GetRequiredService<IRecordChangeNotifier>().NotifyAsync(new RecordChange(DateTimeOffset.UtcNow), Token);

    private async Task AddCraftsmanAsync(Dashboard.Data.Entities.Craftsman craftsman)
    {
        var database = Services.GetRequiredKeyedService<IDbContextFactory<DashboardDbContext>>(WholeDatabaseDbContextFactory.Key);
        await using var db = await database.CreateDbContextAsync(Token);
        db.Craftsmen.Add(craftsman);
        await db.SaveChangesAsync(Token);
    }
}
