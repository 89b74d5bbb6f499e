using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<OverviewQueries> logger)
{
    public async Task<OverviewSnapshot> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        // Logged so a test can count queries: prerendered data must reach the interactive render without a second query.
        logger.LogDebug("Querying the overview.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var published = await IndicatorQueries.GetByCodeAsync(db, cancellationToken);

        // The overview shows the latest year of each yearly series its dashboard draws in full.
        return new OverviewSnapshot(
            await TierQueries.GetHeadcountsAsync(db, published, cancellationToken),
            await GetProvincialDemonstrationCompetitionsAsync(db, published.GetValueOrDefault(PublishedCodes.ProvincialDemonstrationCompetitionsPerYear), cancellationToken),
            (await CompetitionQueries.GetAboveScaleParticipationAsync(db, published.GetValueOrDefault(PublishedCodes.AboveScaleParticipation), cancellationToken)).LastOrDefault(),
            (await InnovationQueries.GetProvincialSavingsByYearAsync(db, published.GetValueOrDefault(PublishedCodes.StudioSavingsPerYear), cancellationToken)).LastOrDefault(),
            await InnovationQueries.GetProvincialStudioCountsAsync(db, published, cancellationToken));
    }

    private static async Task<CompetitionYearCount?> GetProvincialDemonstrationCompetitionsAsync(DashboardDbContext db, PublishedFigure? target, CancellationToken cancellationToken)
    {
        var demonstration = db.Competitions.Where(c => c.Level == CompetitionLevel.ProvincialDemonstration && c.Year != null);
        var latestYear = await demonstration.MaxAsync(c => c.Year, cancellationToken);
        if (latestYear is not { } year)
        {
            return null;
        }

        var ofYear = demonstration.Where(c => c.Year == year);
        return new CompetitionYearCount(
            year,
            await ofYear.CountAsync(cancellationToken),
            await ofYear.CountAsync(c => c.IsSample, cancellationToken),
            target);
    }
}
