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
        PublishedFigure? Published(string code) => published.GetValueOrDefault(code);

        return new OverviewSnapshot(
            await TierQueries.GetHeadcountsAsync(db, published, cancellationToken),
            await GetProvincialDemonstrationCompetitionsAsync(db, Published(PublishedCodes.ProvincialDemonstrationCompetitionsPerYear), cancellationToken),
            (await CompetitionQueries.GetAboveScaleParticipationAsync(db, Published(PublishedCodes.AboveScaleParticipation), cancellationToken)).LastOrDefault(),
            await GetStudioSavingsAsync(db, Published(PublishedCodes.StudioSavingsPerYear), cancellationToken),
            new StudioCounts(
                await db.InnovationStudios.CountAsync(s => s.Level == StudioLevel.Provincial, cancellationToken),
                await db.InnovationStudios.CountAsync(s => s.Level == StudioLevel.Provincial && s.IsCraftsmanLed, cancellationToken),
                await db.InnovationStudios.CountAsync(s => s.Level == StudioLevel.Provincial && s.IsSample, cancellationToken),
                Published(PublishedCodes.ProvincialStudios),
                Published(PublishedCodes.CraftsmanLedStudios),
                Published(PublishedCodes.ProvincialStudiosBuilt)));
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

    private static async Task<YearlySavings?> GetStudioSavingsAsync(DashboardDbContext db, PublishedFigure? published, CancellationToken cancellationToken)
    {
        // The published yearly figure covers the provincial studios, so the records are summed the same way.
        var achievements = db.InnovationAchievements.Where(a => a.Studio!.Level == StudioLevel.Provincial);
        var latestYear = await achievements.MaxAsync(a => (int?)a.Year, cancellationToken);
        if (latestYear is not { } year)
        {
            return null;
        }

        var ofYear = achievements.Where(a => a.Year == year);
        return new YearlySavings(
            year,
            await ofYear.SumAsync(a => a.SavingsYuan, cancellationToken),
            await ofYear.CountAsync(cancellationToken),
            await ofYear.AnyAsync(a => a.IsSample, cancellationToken),
            published);
    }
}
