using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Over <see cref="ListRecords"/>: four competitions, three enterprises.</summary>
public class CompetitionListQueriesTests
{
    /// <summary>The database these tests run on; <see cref="CompetitionListQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<PagedResult<CompetitionRow>> ListAsync(DashboardFilter filter, ListRequest? request = null)
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        return await new CompetitionListQueries(database).ListAsync(filter, request ?? new ListRequest(0, 20), Token);
    }

    private async Task<PagedResult<ParticipantRow>> ParticipantsOfFirstAsync(DashboardFilter filter, ListRequest? request = null)
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));
        return await new CompetitionListQueries(database).ParticipantsAsync(id, filter, request ?? new ListRequest(0, 20), Token);
    }

    [Fact]
    public async Task ListAsync_WholeProvince_LatestYearFirstWidestLevelFirstWithEntryTotals()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince);

        Assert.Equal(
            [("竞赛三", 1, 40), ("竞赛二", 1, 20), ("竞赛一", 3, 180), ("竞赛四", 0, 0)],
            result.Items.Select(c => (c.Name, c.Enterprises, c.Workers)));
        Assert.Equal(4, result.TotalCount);
    }

    [Fact]
    public async Task ListAsync_Region_CompetitionsWithItsEnterprisesCountedOverThemOnly()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Chengdu] });

        Assert.Equal([("竞赛二", 1, 20), ("竞赛一", 2, 150)], result.Items.Select(c => (c.Name, c.Enterprises, c.Workers)));
    }

    [Fact]
    public async Task ListAsync_RegionAndIndustry_OnlyMatchingEntriesCount()
    {
        var result = await ListAsync(new DashboardFilter { Regions = [Chengdu], Industries = [Railway] });

        Assert.Equal([("竞赛一", 1, 100)], result.Items.Select(c => (c.Name, c.Enterprises, c.Workers)));
    }

    [Fact]
    public async Task ListAsync_FromYearAndSampleOff_RealCompetitionsOfTheYearsWithRealEntries()
    {
        var result = await ListAsync(new DashboardFilter { FromYear = 2023, IncludeSample = false });

        Assert.Equal([("竞赛三", 0, 0), ("竞赛一", 1, 100)], result.Items.Select(c => (c.Name, c.Enterprises, c.Workers)));
    }

    [Fact]
    public async Task ListAsync_SortByWorkersDescending_MostWorkersFirst()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 20, nameof(CompetitionRow.Workers), Descending: true));

        Assert.Equal(["竞赛一", "竞赛三", "竞赛二", "竞赛四"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_SortByLevel_WidestReachFirstNotAlphabetical()
    {
        var result = await ListAsync(DashboardFilter.WholeProvince, new ListRequest(0, 20, nameof(CompetitionRow.Level)));

        Assert.Equal(
            [CompetitionLevel.National, CompetitionLevel.ProvincialDemonstration, CompetitionLevel.Provincial, CompetitionLevel.City],
            result.Items.Select(c => c.Level));
    }

    [Fact]
    public async Task ListAsync_ColumnFilterEnterprisesAtLeastOne_NoEmptyCompetition()
    {
        var request = new ListRequest(0, 20) { Filters = [new(nameof(CompetitionRow.Enterprises), ">=", "1"), new(nameof(CompetitionRow.Year), "=", "2024")] };

        var result = await ListAsync(DashboardFilter.WholeProvince, request);

        Assert.Equal(["竞赛三", "竞赛二"], result.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListAsync_LevelNoMatch_Empty()
    {
        var result = await ListAsync(new DashboardFilter { Level = CompetitionLevel.National, Regions = [Chengdu] });

        Assert.Empty(result.Items);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task ParticipantsAsync_WholeProvince_MostWorkersFirst()
    {
        var result = await ParticipantsOfFirstAsync(DashboardFilter.WholeProvince);

        Assert.Equal(
            [("企业一", "成都", "铁路", true, 100, false), ("企业二", "成都", "电子信息", true, 50, true), ("企业三", "自贡", "铁路", false, 30, true)],
            result.Items.Select(p => (p.Name, p.RegionNameZh, p.IndustryNameZh, p.IsAboveScale, p.Workers, p.IsSample)));
    }

    [Fact]
    public async Task ParticipantsAsync_RegionOrSampleOff_NarrowsTheEnterprises()
    {
        Assert.Equal(["企业一", "企业二"], (await ParticipantsOfFirstAsync(new DashboardFilter { Regions = [Chengdu] })).Items.Select(p => p.Name));
        Assert.Equal(["企业一", "企业三"], (await ParticipantsOfFirstAsync(new DashboardFilter { Industries = [Railway] })).Items.Select(p => p.Name));
        Assert.Equal(["企业一"], (await ParticipantsOfFirstAsync(new DashboardFilter { IncludeSample = false })).Items.Select(p => p.Name));
    }

    [Fact]
    public async Task ParticipantsAsync_SecondPageOfTwo_LastEnterprise()
    {
        var result = await ParticipantsOfFirstAsync(DashboardFilter.WholeProvince, new ListRequest(1, 2));

        Assert.Equal("企业三", Assert.Single(result.Items).Name);
        Assert.Equal(3, result.TotalCount);
    }

    [Fact]
    public async Task ParticipantsAsync_WorkersAtMostFifty_SortedByWorkers()
    {
        var request = new ListRequest(0, 20, nameof(ParticipantRow.Workers)) { Filters = [new(nameof(ParticipantRow.Workers), "<=", "50")] };

        var result = await ParticipantsOfFirstAsync(DashboardFilter.WholeProvince, request);

        Assert.Equal(["企业三", "企业二"], result.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task StreamAsync_FromYearMostWorkersFirstPagesOfOne_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var queries = new CompetitionListQueries(database);
        var filter = new DashboardFilter { FromYear = 2023 };
        var request = new ListRequest(0, 1, nameof(CompetitionRow.Workers), Descending: true);

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(filter, page, Token), view => queries.StreamAsync(filter, view, Token), request);

        Assert.Equal(["竞赛一", "竞赛三", "竞赛二"], streamed.Select(c => c.Name));
    }

    [Fact]
    public async Task StreamParticipantsAsync_RailwayBelowScaleFirstPagesOfOne_EveryPageOfTheListInItsOrder()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));
        var queries = new CompetitionListQueries(database);
        var filter = new DashboardFilter { Industries = [Railway] };
        var request = new ListRequest(0, 1, nameof(ParticipantRow.IsAboveScale));

        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ParticipantsAsync(id, filter, page, Token), view => queries.StreamParticipantsAsync(id, filter, view, Token), request);

        Assert.Equal(["企业三", "企业一"], streamed.Select(p => p.Name));
    }

    [Fact]
    public async Task GetAsync_KnownAndUnknownId_RowWithAllEntriesOrNull()
    {
        await using var database = await ListFixture.CreateAsync(Provider, Token);
        var id = await ListFixture.IdOfAsync(database, db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));
        var queries = new CompetitionListQueries(database);

        var competition = await queries.GetAsync(id, Token);

        Assert.Equal(("竞赛一", 2023, CompetitionLevel.Provincial, 3, 180), (competition?.Name, competition?.Year, competition?.Level, competition?.Enterprises, competition?.Workers));
        Assert.Null(await queries.GetAsync(999_999, Token));
    }
}

public sealed class CompetitionListQueriesOnPostgresTests : CompetitionListQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
