using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class CompetitionQueries(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<CompetitionQueries> logger)
{
    public async Task<CompetitionDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the competition dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
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
            ByGroup(participation, c => c.IndustryCode, await ReferenceGroups.IndustriesAsync(db, cancellationToken)),
            ByGroup(participation, c => c.RegionCode, await ReferenceGroups.RegionsAsync(db, cancellationToken)),
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

        var years = await db.CompetitionEntries.Filter(filter)
            .Where(e => e.Competition!.Year != null)
            .Select(e => new
            {
                Year = e.Competition!.Year!.Value,
                AboveScaleId = e.Enterprise!.IsAboveScale ? e.EnterpriseId : (int?)null,
                AboveScaleSample = e.Enterprise.IsAboveScale && (e.Enterprise.IsSample || e.Competition.IsSample),
            })
            .GroupBy(e => e.Year)
            .OrderBy(g => g.Key)
            .Select(g => new
            {
                Year = g.Key,
                // COUNT(DISTINCT …) skips the nulls that stand for enterprises below scale; a year with entries but none
                // above scale still shows, at 0%.
                Participating = g.Select(e => e.AboveScaleId).Distinct().Count(id => id != null),
                SampleEntries = g.Count(e => e.AboveScaleSample),
            })
            .ToListAsync(cancellationToken);

        return years.Select(y => new ParticipationShare(
            y.Year, y.Participating, aboveScale, Percentages.Of(y.Participating, aboveScale), y.SampleEntries > 0, PublishedCodes.AboveScaleParticipation)).ToList();
    }

    /// <summary>
    /// Enterprises taking part, their workers and sample entries per 市州 × industry, in one pass: each enterprise's
    /// entries summed first, then the enterprises counted by their 市州 and industry. An enterprise has one of each,
    /// so a 市州's or an industry's count is the sum of its cells, with no enterprise counted twice.
    /// </summary>
    private static Task<List<ParticipationCell>> CountParticipationAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
        => db.CompetitionEntries.Filter(filter)
            .GroupBy(e => e.EnterpriseId)
            .Select(g => new
            {
                EnterpriseId = g.Key,
                Workers = g.Sum(e => (long)e.Workers),
                SampleEntries = g.Count(e => e.Enterprise!.IsSample || e.Competition!.IsSample),
            })
            .Join(db.Enterprises, g => g.EnterpriseId, e => e.Id, (g, e) => new { e.RegionCode, e.IndustryCode, g.Workers, g.SampleEntries })
            .GroupBy(x => new { x.RegionCode, x.IndustryCode })
            .Select(g => new ParticipationCell(g.Key.RegionCode, g.Key.IndustryCode, g.Count(), g.Sum(x => x.Workers), g.Sum(x => x.SampleEntries)))
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
