using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class CompetitionQueries(IDbContextFactory<DashboardDbContext> dbFactory, ReferenceQueries references, ILogger<CompetitionQueries> logger)
{
    public async Task<CompetitionDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the competition dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lists = await references.GetListsAsync(cancellationToken);
        var participation = await CountParticipationAsync(db, filter, cancellationToken);
        var byYearAndLevel = await db.Competitions.Filter(filter)
            .Where(c => c.Year != null)
            .GroupBy(c => new { Year = c.Year!.Value, c.Level })
            .Select(g => new LevelYearCount(g.Key.Year, g.Key.Level, g.Count(), g.Count(c => c.IsSample)))
            .ToListAsync(cancellationToken);

        return new CompetitionDashboard(
            // Level is stored as its name, so SQL would order it alphabetically; the enum order is widest reach first.
            byYearAndLevel.OrderBy(l => l.Year).ThenBy(l => l.Level).ToList(),
            await GetAboveScaleParticipationAsync(db, filter, cancellationToken),
            ByGroup(participation, c => c.IndustryCode, lists.Industries),
            ByGroup(participation, c => c.RegionCode, lists.RegionsOf(db)),
            PublishedCodes.ProvincialDemonstrationCompetitionsPerYear,
            PublishedCodes.AboveScaleParticipation,
            PublishedCodes.ConferenceResults);
    }

    /// <summary>
    /// For each year with competition entries, oldest first: above-scale enterprises in at least one competition
    /// that year, of all above-scale enterprises. Empty when there are no above-scale enterprises. Shared with the 总览.
    /// </summary>
    internal static async Task<List<ParticipationShare>> GetAboveScaleParticipationAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        // The denominator named on the list the participation bar drills to (filter with AboveScale = true).
        var aboveScale = await db.Enterprises.Filter(filter with { AboveScale = true }).CountAsync(cancellationToken);
        if (aboveScale == 0)
        {
            return [];
        }

        var years = await db.ParticipationSummaries.Filter(filter)
            .Where(p => p.Year != null)
            .GroupBy(p => p.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new
            {
                Year = g.Key,
                // COUNT(DISTINCT CASE WHEN IsAboveScale THEN EnterpriseId END): a year with entries but none above scale
                // still shows, at 0%. Asked as a filter rather than a null per row below scale, which EF wrapped in a
                // second CASE that cost SQLite a tenth more on this, the overview's longest statement.
                Participating = g.Where(p => p.IsAboveScale).Select(p => p.EnterpriseId).Distinct().Count(),
                SampleEntries = g.Sum(p => p.IsAboveScale && p.IsSample ? p.Entries : 0),
            })
            .ToListAsync(cancellationToken);

        return years.Select(y => new ParticipationShare(
            y.Year, y.Participating, aboveScale, Percentages.Of(y.Participating, aboveScale), y.SampleEntries > 0, PublishedCodes.AboveScaleParticipation)).ToList();
    }

    /// <summary>
    /// Enterprises taking part, their workers and sample entries per 市州 × industry, in one pass over the participation
    /// rows. An enterprise has one 市州 and one industry, so a 市州's or an industry's count is the sum of its cells, with
    /// no enterprise counted twice.
    /// </summary>
    private static Task<List<ParticipationCell>> CountParticipationAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
        => db.ParticipationSummaries.Filter(filter)
            .GroupBy(p => new { p.RegionCode, p.IndustryCode })
            .Select(g => new ParticipationCell(
                g.Key.RegionCode, g.Key.IndustryCode, g.Select(p => p.EnterpriseId).Distinct().Count(), g.Sum(p => p.Workers), g.Sum(p => p.IsSample ? p.Entries : 0)))
            .ToListAsync(cancellationToken);

    private static List<ParticipationGroup> ByGroup(IReadOnlyList<ParticipationCell> cells, Func<ParticipationCell, string> keyOf, IReadOnlyList<ReferenceGroup> groups)
    {
        var byKey = cells.GroupBy(keyOf).ToDictionary(g => g.Key, g => (Enterprises: g.Sum(c => c.Enterprises), Workers: g.Sum(c => c.Workers), Sample: g.Sum(c => c.SampleEntries)));
        return groups
            .Where(group => byKey.ContainsKey(group.Key))
            .Select(group =>
            {
                var counted = byKey[group.Key];
                return new ParticipationGroup(group.Key, group.NameZh, group.NameEn, counted.Enterprises, counted.Workers, counted.Sample > 0);
            })
            .ToList();
    }

    private sealed record ParticipationCell(string RegionCode, string IndustryCode, int Enterprises, long Workers, int SampleEntries);
}
