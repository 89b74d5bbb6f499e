using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Data.Tests.Queries;

public class InnovationQueriesTests
{
    /// <summary>The database these tests run on; <see cref="InnovationQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// The real national studio (孔建伟's) plus six studios, their achievements and six staff tallies:
    /// <code>
    /// studio  level            led  sample  achievements (year category yuan)
    /// 孔建伟  National         yes  no      2023 FiveSmall 999                       (not provincial: left out)
    /// S1      Provincial       yes  no      2022 TechnicalInnovation 1 000 000; 2023 FiveSmall 2 000 000; 2023 TechnicalInnovation 200 000
    /// S2      Provincial       no   yes     2023 RationalisationProposal 500 000; 2024 TechnicalInnovation 1
    /// S3      Provincial       yes  yes     2023 FiveSmall 300 000; 2024 TechnicalInnovation 40 000 000 000
    /// S4      BelowProvincial  no   yes     2024 FiveSmall 7                         (not provincial: left out)
    /// S5      BelowProvincial  no   no
    /// S6      BelowProvincial  no   yes
    /// </code>
    /// (achievements take their studio's sample flag)
    /// </summary>
    private async Task<TestDatabase> CreateFixtureAsync()
    {
        var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);
        await using var db = database.CreateDbContext();
        var national = await db.InnovationStudios.AsTracking().SingleAsync(Token);
        national.Achievements.Add(Achievement(2023, AchievementCategory.FiveSmall, 999, sample: false));
        db.InnovationStudios.AddRange(
            Studio("S1", StudioLevel.Provincial, craftsmanLed: true, sample: false, achievements:
                [Achievement(2022, AchievementCategory.TechnicalInnovation, 1_000_000, sample: false),
                 Achievement(2023, AchievementCategory.FiveSmall, 2_000_000, sample: false),
                 Achievement(2023, AchievementCategory.TechnicalInnovation, 200_000, sample: false)]),
            Studio("S2", StudioLevel.Provincial, craftsmanLed: false, sample: true, achievements:
                [Achievement(2023, AchievementCategory.RationalisationProposal, 500_000, sample: true),
                 Achievement(2024, AchievementCategory.TechnicalInnovation, 1, sample: true)]),
            Studio("S3", StudioLevel.Provincial, craftsmanLed: true, sample: true, achievements:
                [Achievement(2023, AchievementCategory.FiveSmall, 300_000, sample: true),
                 Achievement(2024, AchievementCategory.TechnicalInnovation, 40_000_000_000, sample: true)]),
            Studio("S4", StudioLevel.BelowProvincial, craftsmanLed: false, sample: true, achievements:
                [Achievement(2024, AchievementCategory.FiveSmall, 7, sample: true)]),
            Studio("S5", StudioLevel.BelowProvincial, craftsmanLed: false, sample: false),
            Studio("S6", StudioLevel.BelowProvincial, craftsmanLed: false, sample: true));
        db.StaffInnovationTallies.AddRange(
            Tally(2020, "510100", AchievementCategory.RationalisationProposal, 1000, sample: false),
            Tally(2020, "510100", AchievementCategory.TechnicalInnovation, 100, sample: false),
            Tally(2020, "510300", AchievementCategory.RationalisationProposal, 500, sample: false),
            Tally(2021, "510100", AchievementCategory.RationalisationProposal, 2000, sample: true),
            Tally(2021, "510100", AchievementCategory.FiveSmall, 77, sample: true),
            Tally(2022, "510300", AchievementCategory.TechnicalInnovation, 300, sample: false));
        await db.SaveChangesAsync(Token);
        return database;
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_SumsProvincialStudioSavingsPerYear()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var savings = (await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).SavingsByYear;

        // Assert
        Assert.Equal(
        [
            new YearlySavings(2022, 1_000_000, 1, false, "I5"),
            new YearlySavings(2023, 3_000_000, 4, true, "I5"),
            new YearlySavings(2024, 40_000_000_001, 2, true, "I5"),
        ], savings);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsProvincialAchievementsByYearAndCategory()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var achievements = (await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).AchievementsByYear;

        // Assert: categories in enum order, not alphabetical
        Assert.Equal(
        [
            new CategoryYearCount(2022, AchievementCategory.TechnicalInnovation, 1, 0),
            new CategoryYearCount(2023, AchievementCategory.FiveSmall, 2, 1),
            new CategoryYearCount(2023, AchievementCategory.TechnicalInnovation, 1, 0),
            new CategoryYearCount(2023, AchievementCategory.RationalisationProposal, 1, 1),
            new CategoryYearCount(2024, AchievementCategory.TechnicalInnovation, 2, 2),
        ], achievements);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsStudiosByLevelWithTheirPublishedFigures()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var studios = (await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).Studios;
        var published = await database.GetPublishedFiguresAsync();

        // Assert
        Assert.Equal((3, 2, 2), (studios.Provincial.Provincial, studios.Provincial.CraftsmanLed, studios.Provincial.SampleRecords));
        Assert.Equal(("I1", "I2", "I9"), (studios.Provincial.PublishedCode, studios.Provincial.PublishedCraftsmanLedCode, studios.Provincial.PublishedAlternativeCode));
        Assert.Equal((3, 2), (studios.BelowProvincial, studios.BelowProvincialSampleRecords));
        var belowProvincial = published[studios.PublishedBelowProvincialCode];
        Assert.Equal(("I10", 5000m, Qualifier.MoreThan), (belowProvincial.Code, belowProvincial.Value, belowProvincial.Qualifier));
        var craftsmanLedShare = published[studios.PublishedCraftsmanLedShareCode];
        Assert.Equal(("I3", 24.3m), (craftsmanLedShare.Code, craftsmanLedShare.Value));
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_SumsStaffInnovationTalliesPerYear()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert: the 五小 tally of 2021 is in neither sum but makes the year sample
        Assert.Equal(
        [
            new StaffInnovationYear(2020, 1500, 100, false),
            new StaffInnovationYear(2021, 2000, 0, true),
            new StaffInnovationYear(2022, 0, 300, false),
        ], dashboard.StaffInnovationByYear);
        Assert.Equal(("I6", 129.5m), (dashboard.PublishedProposalsCode, published[dashboard.PublishedProposalsCode].Value));
        Assert.Equal(("I7", 9.6m), (dashboard.PublishedTechnicalInnovationsCode, published[dashboard.PublishedTechnicalInnovationsCode].Value));
    }

    [Fact]
    public async Task GetDashboardAsync_NoProvincialStudios_EmptySeriesAndZeroCounts()
    {
        // Arrange: only the real national studio, with no achievements, and no tallies
        await using var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);

        // Act
        var dashboard = await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert
        Assert.Empty(dashboard.SavingsByYear);
        Assert.Empty(dashboard.AchievementsByYear);
        Assert.Empty(dashboard.StaffInnovationByYear);
        Assert.Equal((0, 0, 0), (dashboard.Studios.Provincial.Provincial, dashboard.Studios.Provincial.CraftsmanLed, dashboard.Studios.Provincial.SampleRecords));
        Assert.Equal((0, 0), (dashboard.Studios.BelowProvincial, dashboard.Studios.BelowProvincialSampleRecords));
        Assert.Equal(464m, published[dashboard.Studios.Provincial.PublishedCode].Value);
    }

    [Fact]
    public async Task GetDashboardAsync_SampleSeed_ReconcilesWithPublishedFigures()
    {
        // Arrange
        await using var database = await TestDatabase.CreateSeededAsync(Provider);

        // Act
        var dashboard = await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert: I5, more than 200亿元 a year, and I4, more than 2000 achievements a year
        Assert.Equal([2020, 2021, 2022, 2023, 2024], dashboard.SavingsByYear.Select(s => s.Year));
        Assert.Equal([20_480_000_000L, 20_950_000_000, 21_360_000_000, 21_920_000_000, 22_530_000_000], dashboard.SavingsByYear.Select(s => s.SavingsYuan));
        Assert.Equal([2060, 2110, 2170, 2240, 2310], dashboard.SavingsByYear.Select(s => s.Achievements));
        Assert.All(dashboard.SavingsByYear, s => Assert.True(s.SavingsYuan > 20_000_000_000L && s.IncludesSample && s.PublishedCode == "I5"));
        Assert.Equal(dashboard.SavingsByYear.Select(s => s.Achievements), dashboard.AchievementsByYear.GroupBy(a => a.Year).Select(g => g.Sum(a => a.Count)));

        // I1 / I2 / I10
        Assert.Equal((464, 113), (dashboard.Studios.Provincial.Provincial, dashboard.Studios.Provincial.CraftsmanLed));
        Assert.Equal(published[dashboard.Studios.Provincial.PublishedCode].Value, dashboard.Studios.Provincial.Provincial);
        Assert.Equal(5120, dashboard.Studios.BelowProvincial);
        Assert.True(dashboard.Studios.BelowProvincial > published[dashboard.Studios.PublishedBelowProvincialCode].Value);

        // I6 / I7 are in 万 over five years
        Assert.Equal([2020, 2021, 2022, 2023, 2024], dashboard.StaffInnovationByYear.Select(y => y.Year));
        Assert.Equal(1_295_000, dashboard.StaffInnovationByYear.Sum(y => y.RationalisationProposals));
        Assert.Equal(96_000, dashboard.StaffInnovationByYear.Sum(y => y.TechnicalInnovations));
        Assert.Equal(published[dashboard.PublishedProposalsCode].Value * 10_000, dashboard.StaffInnovationByYear.Sum(y => y.RationalisationProposals));
        Assert.Equal(published[dashboard.PublishedTechnicalInnovationsCode].Value * 10_000, dashboard.StaffInnovationByYear.Sum(y => y.TechnicalInnovations));
    }

    [Theory]
    // S2 (建筑): 500 000 + 1; S1 and S3 (铁路): 3 200 000 + 40 000 300 000.
    [InlineData(null, 500_001L, 2, 40_003_500_000L, 5)]
    // 2024 only: S2's 1 yuan and S3's 40 000 000 000.
    [InlineData(2024, 1L, 1, 40_000_000_000L, 1)]
    public async Task GetDashboardAsync_StudiosWithIndustries_SavingsByIndustryInReferenceOrder(
        int? fromYear, long construction, int constructionAchievements, long railway, int railwayAchievements)
    {
        // Arrange
        await using var database = await CreateFixtureAsync();
        await using (var db = database.CreateDbContext())
        {
            await db.InnovationStudios.Where(s => s.Name == "S2").ExecuteUpdateAsync(u => u.SetProperty(s => s.IndustryCode, "construction"), Token);
            await db.InnovationStudios.Where(s => s.Name == "S1" || s.Name == "S3").ExecuteUpdateAsync(u => u.SetProperty(s => s.IndustryCode, "railway"), Token);
        }

        // Act
        var dashboard = await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance)
            .GetDashboardAsync(new DashboardFilter { FromYear = fromYear }, Token);

        // Assert
        Assert.Equal([("construction", construction, constructionAchievements), ("railway", railway, railwayAchievements)],
            dashboard.SavingsByIndustry.Select(i => (i.Key, i.SavingsYuan, i.Achievements)));
        Assert.All(dashboard.SavingsByIndustry, i => Assert.True(i.IncludesSample));
    }



}

public sealed class InnovationQueriesOnPostgresTests : InnovationQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
