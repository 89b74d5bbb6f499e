using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Data.Tests.Queries;

public sealed class OverviewQueriesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetOverviewAsync_SampleSeed_ShowsTheLatestYearOfEachDashboard(DatabaseProvider provider)
    {
        // Arrange
        await using var database = await TestDatabase.CreateSeededAsync(provider);

        // Act
        var overview = await new OverviewQueries(database, new ReferenceQueries(database), NullLogger<OverviewQueries>.Instance).GetOverviewAsync(DashboardFilter.WholeProvince, Token);
        var tiers = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var competitions = await new CompetitionQueries(database, new ReferenceQueries(database), NullLogger<CompetitionQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var innovation = await new InnovationQueries(database, new ReferenceQueries(database), NullLogger<InnovationQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        // Assert
        Assert.Equal(new ParticipationShare(2024, 1117, 1200, 93.1m, true, competitions.ParticipationTargetCode), overview.AboveScaleParticipation[^1]);
        Assert.Equal(competitions.ParticipationByYear.TakeLast(2), overview.AboveScaleParticipation);
        Assert.Equal(new YearlySavings(2024, 22_530_000_000, 2310, true, innovation.SavingsByYear[0].PublishedCode), overview.StudioSavings[^1]);
        Assert.Equal(innovation.SavingsByYear.TakeLast(2), overview.StudioSavings);
        Assert.Equal(innovation.Studios.Provincial, overview.Studios);
        Assert.Equal(tiers.Tiers, overview.Tiers);
        Assert.Equal([(2023, 34), (2024, 35)], overview.ProvincialDemonstrationCompetitions.Select(c => (c.Year, c.Count)));
    }
}
