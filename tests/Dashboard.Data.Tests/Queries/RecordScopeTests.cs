using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// A reader bound to 成都, over <see cref="ListRecords"/>: every query service, through the reader's context factory,
/// sees only 成都's records, whatever filter it is asked with, and finds no record of another 市州 by id.
/// </summary>
public class RecordScopeTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="RecordScopeOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static readonly RecordScope s_chengdu = new(Chengdu);
    private static readonly ListRequest s_all = new(0, 100);

    private TestDatabase _database = null!;
    private ReaderContextPool _pool = null!;
    private IDbContextFactory<DashboardDbContext> _chengdu = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await ListFixture.CreateAsync(Provider, Token);
        _pool = new ReaderContextPool(_database.Options);
        _chengdu = new ReaderDbContextFactory(_pool, new FixedRecordScope(s_chengdu));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Craftsmen_WholeProvinceFilter_OnlyChengdu()
    {
        var result = await new CraftsmanListQueries(_chengdu).ListAsync(DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(["工匠丙", "工匠乙", "工匠己", "工匠甲", "工匠辛"], result.Items.Select(c => c.Name).Order());
        Assert.All(result.Items, c => Assert.Equal(Chengdu, c.RegionCode));
    }

    [Fact]
    public async Task CraftsmenStream_WholeProvinceFilter_OnlyChengduInTheListsOrder()
    {
        var queries = new CraftsmanListQueries(_chengdu);

        var streamed = await queries.StreamAsync(DashboardFilter.WholeProvince, s_all, Token).ToListAsync(Token);

        Assert.Equal((await queries.ListAsync(DashboardFilter.WholeProvince, s_all, Token)).Items, streamed);
        Assert.Equal(5, streamed.Count);
        Assert.All(streamed, c => Assert.Equal(Chengdu, c.RegionCode));
    }

    [Fact]
    public async Task AchievementsStream_FilterNamingZigong_Nothing()
    {
        var streamed = await new StudioListQueries(_chengdu).StreamAchievementsAsync(new DashboardFilter { Regions = [Zigong] }, s_all, Token).ToListAsync(Token);

        Assert.Empty(streamed);
    }

    [Fact]
    public async Task Craftsmen_FilterNamingZigong_Nothing()
    {
        var result = await new CraftsmanListQueries(_chengdu).ListAsync(new DashboardFilter { Regions = [Zigong] }, s_all, Token);

        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task CraftsmanById_OfZigong_NotFound_OfChengdu_Found()
    {
        var zigong = await ListFixture.IdOfAsync(_database, db => db.Craftsmen.Where(c => c.Name == "工匠丁").Select(c => c.Id));
        var chengdu = await ListFixture.IdOfAsync(_database, db => db.Craftsmen.Where(c => c.Name == "工匠甲").Select(c => c.Id));
        var queries = new CraftsmanListQueries(_chengdu);

        Assert.Null(await queries.GetAsync(zigong, Token));
        Assert.Equal("工匠甲", (await queries.GetAsync(chengdu, Token))?.Craftsman.Name);
    }

    [Fact]
    public async Task Competitions_ThoseWithAChengduEntry_WithOnlyChengduEntries()
    {
        var queries = new CompetitionListQueries(_chengdu);

        var competitions = await queries.ListAsync(DashboardFilter.WholeProvince, s_all, Token);
        var first = competitions.Items.Single(c => c.Name == "竞赛一");
        var entries = await queries.ParticipantsAsync(first.Id, DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(["竞赛一", "竞赛二"], competitions.Items.Select(c => c.Name).Order());
        Assert.Equal(["企业一", "企业二"], entries.Items.Select(e => e.Name).Order());
        Assert.Equal(150, entries.Items.Sum(e => e.Workers));
    }

    [Fact]
    public async Task CompetitionById_WithoutAChengduEntry_NotFound()
    {
        var third = await ListFixture.IdOfAsync(_database, db => db.Competitions.Where(c => c.Name == "竞赛三").Select(c => c.Id));

        Assert.Null(await new CompetitionListQueries(_chengdu).GetAsync(third, Token));
    }

    [Fact]
    public async Task Enterprises_OnlyChengdu_AndZigongsByIdNotFound()
    {
        var queries = new EnterpriseQueries(_chengdu);
        var zigong = await ListFixture.IdOfAsync(_database, db => db.Enterprises.Where(e => e.Name == "企业三").Select(e => e.Id));

        var result = await queries.ListAsync(DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(["企业一", "企业二"], result.Items.Select(e => e.Name).Order());
        Assert.Equal(2, await queries.CountAsync(DashboardFilter.WholeProvince, Token));
        Assert.Null(await queries.GetAsync(zigong, Token));
    }

    [Fact]
    public async Task StudiosAndAchievements_OnlyChengdu()
    {
        var queries = new StudioListQueries(_chengdu);

        var studios = await queries.ListAsync(DashboardFilter.WholeProvince, s_all, Token);
        var achievements = await queries.AchievementsAsync(DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(["工作室丙", "工作室甲"], studios.Items.Select(s => s.Name).Order());
        Assert.Equal(["成果一", "成果三", "成果二"], achievements.Items.Select(a => a.Title).Order());
        Assert.Equal(4_000_000, achievements.MeasureTotal);
    }

    [Fact]
    public async Task StudioAchievementsStream_OfAZigongStudio_Nothing()
    {
        var zigong = await ListFixture.IdOfAsync(_database, db => db.InnovationStudios.Where(s => s.Name == "工作室乙").Select(s => s.Id));

        var streamed = await new StudioListQueries(_chengdu).StreamAchievementsAsync(zigong, DashboardFilter.WholeProvince, s_all, Token).ToListAsync(Token);

        Assert.Empty(streamed);
    }

    [Fact]
    public async Task ParticipantsStream_OfACompetitionWithAZigongEntry_OnlyChengdusEnterprises()
    {
        var id = await ListFixture.IdOfAsync(_database, db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));

        var streamed = await new CompetitionListQueries(_chengdu).StreamParticipantsAsync(id, DashboardFilter.WholeProvince, s_all, Token).ToListAsync(Token);

        Assert.Equal(["企业一", "企业二"], streamed.Select(p => p.Name));
    }

    [Fact]
    public async Task Honours_OfNoStatedRegion_NotABoundReadersRecords()
    {
        var result = await new HonourListQueries(_chengdu).ListAsync(DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task TierDashboard_CountsOnlyChengdu()
    {
        var dashboard = await new TierQueries(_chengdu, new ReferenceQueries(_database), NullLogger<TierQueries>.Instance)
            .GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        Assert.Equal([Chengdu], dashboard.ByRegion.Select(r => r.Key));
        Assert.Equal(5, dashboard.Tiers.Sum(t => t.Records));
    }

    [Fact]
    public async Task Dashboards_ReferenceListsReadOnceForTheApp_EachReaderGroupsByOnlyTheirOwn市州()
    {
        // One app's reference lists, read first for a province reader: a bound reader after them still gets only 成都.
        var references = new ReferenceQueries(_database);
        var province = new ReaderDbContextFactory(_pool, new FixedRecordScope(RecordScope.Province));

        var provinceDashboard = await new TierQueries(province, references, NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var chengduDashboard = await new TierQueries(_chengdu, references, NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        await using var whole = _database.CreateDbContext();
        Assert.Equal(await whole.Regions.OrderBy(r => r.SortOrder).Select(r => r.Code).ToListAsync(Token), provinceDashboard.ByRegion.Select(r => r.Key));
        Assert.Equal([Chengdu], chengduDashboard.ByRegion.Select(r => r.Key));
    }

    [Fact]
    public async Task BoundContext_StillReadsPublishedFiguresAndReferenceLists()
    {
        await using var whole = _database.CreateDbContext();
        await using var bound = await _chengdu.CreateDbContextAsync(Token);

        Assert.Equal(await whole.PublishedIndicators.CountAsync(Token), await bound.PublishedIndicators.CountAsync(Token));
        Assert.Equal(21, await bound.Regions.CountAsync(r => r.Code != "510000", Token));
    }

    [Fact]
    public void ReaderFactory_SyncCreate_Refused()
    {
        // The reader is known only asynchronously; a synchronous context would have to guess the scope.
        Assert.Throws<NotSupportedException>(() => _chengdu.CreateDbContext());
    }

    [Fact]
    public async Task ReaderPool_LeasedToChengduThenProvinceThenChengdu_EachSeesExactlyItsRecords()
    {
        // Arrange
        var province = new ReaderDbContextFactory(_pool, new FixedRecordScope(RecordScope.Province));
        var leases = new List<(DashboardDbContext Context, List<string> Names)>();

        // Act
        foreach (var reader in new[] { _chengdu, province, _chengdu })
        {
            await using var db = await reader.CreateDbContextAsync(Token);
            leases.Add((db, [.. (await db.Craftsmen.Select(c => c.Name).ToListAsync(Token)).Order()]));
        }

        // Assert: one context served the three readers in turn, each seeing only what its scope holds.
        Assert.All(leases, lease => Assert.Same(leases[0].Context, lease.Context));
        Assert.Equal(["工匠丙", "工匠乙", "工匠己", "工匠甲", "工匠辛"], leases[0].Names);
        Assert.Equal(8, leases[1].Names.Count);
        Assert.Equal(leases[0].Names, leases[2].Names);
    }

    [Fact]
    public async Task ProvinceReader_SeesEveryRegion()
    {
        var province = new ReaderDbContextFactory(_pool, new FixedRecordScope(RecordScope.Province));

        var result = await new CraftsmanListQueries(province).ListAsync(DashboardFilter.WholeProvince, s_all, Token);

        Assert.Equal(8, result.TotalCount);
    }
}

public sealed class RecordScopeOnPostgresTests : RecordScopeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
