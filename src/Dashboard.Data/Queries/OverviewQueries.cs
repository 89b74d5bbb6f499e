using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> dbFactory, ReferenceQueries references, ILogger<OverviewQueries> logger)
{
    public async Task<OverviewSnapshot> GetOverviewAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        // Logged so a test can count queries: prerendered data must reach the interactive render without a second query.
        logger.LogDebug("Querying the overview.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // The overview shows the latest two years of each yearly series its dashboard draws in full.
        return new OverviewSnapshot(
            await TierQueries.GetHeadcountsAsync(db, filter, (await references.GetListsAsync(cancellationToken)).Tiers, cancellationToken),
            await GetProvincialDemonstrationCompetitionsAsync(db, filter, cancellationToken),
            (await CompetitionQueries.GetAboveScaleParticipationAsync(db, filter, cancellationToken)).TakeLast(2).ToList(),
            (await InnovationQueries.GetProvincialSavingsByYearAsync(db, filter, cancellationToken)).TakeLast(2).ToList(),
            await InnovationQueries.GetProvincialStudioCountsAsync(db, filter, cancellationToken));
    }

    private static async Task<List<CompetitionYearCount>> GetProvincialDemonstrationCompetitionsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var latest = await db.Competitions.Filter(filter)
            .Where(c => c.Level == CompetitionLevel.ProvincialDemonstration && c.Year != null)
            .GroupBy(c => c.Year!.Value)
            .OrderByDescending(g => g.Key)
            .Take(2)
            .Select(g => new { Year = g.Key, Count = g.Count(), SampleRecords = g.Count(c => c.IsSample) })
            .ToListAsync(cancellationToken);
        return latest.OrderBy(y => y.Year).Select(y => new CompetitionYearCount(y.Year, y.Count, y.SampleRecords, PublishedCodes.ProvincialDemonstrationCompetitionsPerYear)).ToList();
    }
}
