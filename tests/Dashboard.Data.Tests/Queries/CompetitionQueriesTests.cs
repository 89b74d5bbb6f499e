using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Data.Tests.Queries;

public class CompetitionQueriesTests
{
    /// <summary>The database these tests run on; <see cref="CompetitionQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// The four real competitions (two Provincial with no year, Provincial 2021, Provincial 2023 on railways) plus
    /// seven enterprises, six competitions and their entries:
    /// <code>
    /// enterprise  scale  region  industry                 sample
    /// E1          above  成都    electronic-information   no
    /// E2          above  成都    equipment-manufacturing  yes
    /// E3          above  自贡    electronic-information   yes
    /// E4          above  泸州    construction             yes
    /// E5          below  自贡    electronic-information   yes
    /// E6          above  乐山    railway                  no
    /// E7          above  南充    medicine-health          no
    ///
    /// competition            year  level                    sample  entries (workers)
    /// real 2021              2021  Provincial               no      E1 (100)
    /// real 2023              2023  Provincial               no      E5 (10), E6 (15)
    /// K1                     2023  City                     yes     E1 (50), E2 (30)
    /// K2                     2023  ProvincialDemonstration  yes     -
    /// K3                     2023  ProvincialDemonstration  no      E1 (20), E3 (40)
    /// K4                     2024  National                 no      E5 (60)
    /// K5                     2022  City                     yes     E7 (25)
    /// K6                     -     ProvincialDemonstration  yes     E4 (70)
    /// </code>
    /// </summary>
    private async Task<TestDatabase> CreateFixtureAsync()
    {
        var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);
        await using var db = database.CreateDbContext();
        var e1 = Enterprise("E1", aboveScale: true, region: "510100", industry: "electronic-information", sample: false);
        var e2 = Enterprise("E2", aboveScale: true, region: "510100", industry: "equipment-manufacturing", sample: true);
        var e3 = Enterprise("E3", aboveScale: true, region: "510300", industry: "electronic-information", sample: true);
        var e4 = Enterprise("E4", aboveScale: true, region: "510500", industry: "construction", sample: true);
        var e5 = Enterprise("E5", aboveScale: false, region: "510300", industry: "electronic-information", sample: true);
        var e6 = Enterprise("E6", aboveScale: true, region: "511100", industry: "railway", sample: false);
        var e7 = Enterprise("E7", aboveScale: true, region: "511300", industry: "medicine-health", sample: false);
        db.Enterprises.AddRange(e1, e2, e3, e4, e5, e6, e7);

        var real = await db.Competitions.AsTracking().Where(c => c.Year != null).ToDictionaryAsync(c => c.Year!.Value, Token);
        real[2021].Entries.Add(Entry(e1, workers: 100));
        real[2023].Entries.AddRange([Entry(e5, workers: 10), Entry(e6, workers: 15)]);
        db.Competitions.AddRange(
            Competition("K1", 2023, CompetitionLevel.City, sample: true, Entry(e1, workers: 50), Entry(e2, workers: 30)),
            Competition("K2", 2023, CompetitionLevel.ProvincialDemonstration, sample: true),
            Competition("K3", 2023, CompetitionLevel.ProvincialDemonstration, sample: false, Entry(e1, workers: 20), Entry(e3, workers: 40)),
            Competition("K4", 2024, CompetitionLevel.National, sample: false, Entry(e5, workers: 60)),
            Competition("K5", 2022, CompetitionLevel.City, sample: true, Entry(e7, workers: 25)),
            Competition("K6", null, CompetitionLevel.ProvincialDemonstration, sample: true, Entry(e4, workers: 70)));
        await db.SaveChangesAsync(Token);
        return database;
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsCompetitionsByYearAndLevelWidestReachFirst()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var byYearAndLevel = (await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).ByYearAndLevel;

        // Assert: the three competitions with no year are left out; 2023's levels in enum order, not alphabetical
        Assert.Equal(
        [
            new LevelYearCount(2021, CompetitionLevel.Provincial, 1, 0),
            new LevelYearCount(2022, CompetitionLevel.City, 1, 1),
            new LevelYearCount(2023, CompetitionLevel.ProvincialDemonstration, 2, 1),
            new LevelYearCount(2023, CompetitionLevel.Provincial, 1, 0),
            new LevelYearCount(2023, CompetitionLevel.City, 1, 1),
            new LevelYearCount(2024, CompetitionLevel.National, 1, 0),
        ], byYearAndLevel);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_SharesAboveScaleEnterprisesTakingPartEachYear()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var participation = (await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).ParticipationByYear;

        // Assert: six above-scale enterprises; 2022's E7 is real but its competition is sample; 2023 has E1, E2, E3, E6;
        // 2024 only E5, below scale; K6 has no year
        Assert.Equal(
        [
            new ParticipationShare(2021, 1, 6, 16.7m, false, "C2"),
            new ParticipationShare(2022, 1, 6, 16.7m, true, "C2"),
            new ParticipationShare(2023, 4, 6, 66.7m, true, "C2"),
            new ParticipationShare(2024, 0, 6, 0.0m, false, "C2"),
        ], participation);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_GroupsEntriesByTheEnterprisesIndustryAndRegion()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        // Assert: all entries, K6's included; only groups with entries, in reference order
        Assert.Equal(
        [
            new ParticipationGroup("electronic-information", "电子信息", "Electronic information", 3, 280, true),
            new ParticipationGroup("equipment-manufacturing", "装备制造", "Equipment manufacturing", 1, 30, true),
            new ParticipationGroup("medicine-health", "医药健康", "Medicine and health", 1, 25, true),
            new ParticipationGroup("construction", "建筑", "Construction", 1, 70, true),
            new ParticipationGroup("railway", "铁路", "Railways", 1, 15, false),
        ], dashboard.ByIndustry);
        Assert.Equal(
        [
            new ParticipationGroup("510100", "成都", "Chengdu", 2, 200, true),
            new ParticipationGroup("510300", "自贡", "Zigong", 2, 110, true),
            new ParticipationGroup("510500", "泸州", "Luzhou", 1, 70, true),
            new ParticipationGroup("511100", "乐山", "Leshan", 1, 15, false),
            new ParticipationGroup("511300", "南充", "Nanchong", 1, 25, true),
        ], dashboard.ByRegion);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_NamesTargetsAndConferenceResultsByCode()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert
        var competitionsTarget = published[dashboard.CompetitionsTargetCode];
        Assert.Equal(("C1", 30m, Qualifier.AtLeast), (competitionsTarget.Code, competitionsTarget.Value, competitionsTarget.Qualifier));
        Assert.Equal(("C2", 90m), (dashboard.ParticipationTargetCode, published[dashboard.ParticipationTargetCode].Value));
        Assert.Equal(["C3", "C4", "C5"], dashboard.ConferenceResultCodes);
        Assert.Equal([100m, 188m, 375m], dashboard.ConferenceResultCodes.Select(code => published[code].Value));
    }

    [Fact]
    public async Task GetDashboardAsync_NoEnterprises_NoParticipationAndNoGroups()
    {
        // Arrange: only the four real competitions, with no entries
        await using var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert
        Assert.Equal(
            [new LevelYearCount(2021, CompetitionLevel.Provincial, 1, 0), new LevelYearCount(2023, CompetitionLevel.Provincial, 1, 0)],
            dashboard.ByYearAndLevel);
        Assert.Empty(dashboard.ParticipationByYear);
        Assert.Empty(dashboard.ByIndustry);
        Assert.Empty(dashboard.ByRegion);
        Assert.Equal(3, dashboard.ConferenceResultCodes.Count(published.ContainsKey));
    }

    [Fact]
    public async Task GetDashboardAsync_SampleSeed_ReconcilesWithPublishedFigures()
    {
        // Arrange
        await using var database = await TestDatabase.CreateSeededAsync(Provider);

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert: C2, at least 90% every year; the settings' shares of 1200 above-scale enterprises
        Assert.Equal([2020, 2021, 2022, 2023, 2024], dashboard.ParticipationByYear.Select(p => p.Year));
        Assert.Equal([1086, 1094, 1102, 1110, 1117], dashboard.ParticipationByYear.Select(p => p.Participating));
        Assert.Equal([90.5m, 91.2m, 91.8m, 92.5m, 93.1m], dashboard.ParticipationByYear.Select(p => p.Percent));
        Assert.All(dashboard.ParticipationByYear, p => Assert.True(p.Percent >= published[p.TargetCode].Value, $"{p.Year}: {p.Percent}%"));
        Assert.All(dashboard.ParticipationByYear, p => Assert.Equal((1200, true), (p.AboveScaleEnterprises, p.IncludesSample)));

        // C1: at least 30 provincial demonstration competitions every year
        var demonstration = dashboard.ByYearAndLevel.Where(l => l.Level == CompetitionLevel.ProvincialDemonstration).ToList();
        Assert.Equal([31, 32, 33, 34, 35], demonstration.Select(l => l.Count));
        Assert.All(demonstration, l => Assert.True(l.Count >= published[dashboard.CompetitionsTargetCode].Value));

        // Both groupings cover every entry once
        await using var db = database.CreateDbContext();
        var workers = await db.CompetitionEntries.SumAsync(e => (long)e.Workers, Token);
        Assert.Equal(workers, dashboard.ByIndustry.Sum(g => g.Workers));
        Assert.Equal(workers, dashboard.ByRegion.Sum(g => g.Workers));
        Assert.Equal(12, dashboard.ByIndustry.Count);
        Assert.Equal(21, dashboard.ByRegion.Count);
    }




    [Fact]
    public async Task GetDashboardAsync_RegionFilter_CompetitionsAndSharesOfThatRegionsEnterprises()
    {
        // Arrange: 成都's enterprises are E1 and E2, both above scale.
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance)
            .GetDashboardAsync(new DashboardFilter { Regions = ["510100"] }, Token);

        // Assert: E1 entered the real 2021 competition, K1 and K3; E2 entered K1.
        Assert.Equal([(2021, CompetitionLevel.Provincial, 1), (2023, CompetitionLevel.ProvincialDemonstration, 1), (2023, CompetitionLevel.City, 1)],
            dashboard.ByYearAndLevel.Select(c => (c.Year, c.Level, c.Count)));
        Assert.Equal([(2021, 1, 2, 50.0m), (2023, 2, 2, 100.0m)],
            dashboard.ParticipationByYear.Select(p => (p.Year, p.Participating, p.AboveScaleEnterprises, p.Percent)));
        Assert.Equal([("510100", 2, 200L)], dashboard.ByRegion.Select(r => (r.Key, r.Enterprises, r.Workers)));
    }

    [Fact]
    public async Task GetDashboardAsync_LevelFilterWithoutSample_OnlyRealDemonstrationCompetitions()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance)
            .GetDashboardAsync(new DashboardFilter { Level = CompetitionLevel.ProvincialDemonstration, IncludeSample = false }, Token);

        // Assert: K3 is the only real demonstration competition; of its entrants only E1 is real, of 3 real above-scale enterprises.
        Assert.Equal([(2023, CompetitionLevel.ProvincialDemonstration, 1)], dashboard.ByYearAndLevel.Select(c => (c.Year, c.Level, c.Count)));
        Assert.Equal([(2023, 1, 3, 33.3m)], dashboard.ParticipationByYear.Select(p => (p.Year, p.Participating, p.AboveScaleEnterprises, p.Percent)));
    }
}

public sealed class CompetitionQueriesOnPostgresTests : CompetitionQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
