using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class InnovationQueries(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<InnovationQueries> logger)
{
    public async Task<InnovationDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the innovation dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var achievements = await ProvincialAchievements(db, filter)
            .GroupBy(c => new { c.Year, c.Category })
            .Select(g => new CategoryYearCount(g.Key.Year, g.Key.Category, g.Sum(c => c.Achievements), g.Sum(c => c.IsSample ? c.Achievements : 0)))
            .ToListAsync(cancellationToken);

        var belowProvincial = db.InnovationStudios.Filter(filter with { StudioLevel = StudioLevel.BelowProvincial });
        var studios = new StudioLevels(
            await GetProvincialStudioCountsAsync(db, filter, cancellationToken),
            await belowProvincial.CountAsync(cancellationToken),
            await belowProvincial.CountAsync(s => s.IsSample, cancellationToken),
            PublishedCodes.BelowProvincialStudios,
            PublishedCodes.CraftsmanLedShare);

        var staffInnovation = await db.StaffInnovationTallies.Filter(filter)
            .GroupBy(t => t.Year)
            .OrderBy(g => g.Key)
            .Select(g => new
            {
                Year = g.Key,
                Proposals = g.Sum(t => t.Category == AchievementCategory.RationalisationProposal ? (long)t.Count : 0L),
                TechnicalInnovations = g.Sum(t => t.Category == AchievementCategory.TechnicalInnovation ? (long)t.Count : 0L),
                SampleTallies = g.Count(t => t.IsSample),
            })
            .ToListAsync(cancellationToken);

        var savingsByIndustry = await ProvincialAchievements(db, filter)
            .Where(c => c.IndustryCode != null)
            .GroupBy(c => c.IndustryCode!)
            .Select(g => new { Key = g.Key, SavingsYuan = g.Sum(c => c.SavingsYuan), Achievements = g.Sum(c => c.Achievements), SampleRecords = g.Sum(c => c.IsSample ? c.Achievements : 0) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var industries = await ReferenceGroups.IndustriesAsync(db, cancellationToken);

        return new InnovationDashboard(
            await GetProvincialSavingsByYearAsync(db, filter, cancellationToken),
            industries
                .Where(i => savingsByIndustry.ContainsKey(i.Key))
                .Select(i =>
                {
                    var savings = savingsByIndustry[i.Key];
                    return new IndustrySavings(i.Key, i.NameZh, i.NameEn, savings.SavingsYuan, savings.Achievements, savings.SampleRecords > 0);
                })
                .ToList(),
            // Category is stored as its name, so it is ordered here by the enum rather than alphabetically in SQL.
            achievements.OrderBy(a => a.Year).ThenBy(a => a.Category).ToList(),
            studios,
            staffInnovation.Select(y => new StaffInnovationYear(y.Year, y.Proposals, y.TechnicalInnovations, y.SampleTallies > 0)).ToList(),
            PublishedCodes.RationalisationProposals,
            PublishedCodes.TechnicalInnovations);
    }

    /// <summary>Savings and achievements of the provincial studios per year, oldest first; shared with the 总览.</summary>
    internal static async Task<List<YearlySavings>> GetProvincialSavingsByYearAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var years = await ProvincialAchievements(db, filter)
            .GroupBy(c => c.Year)
            .OrderBy(g => g.Key)
            .Select(g => new { Year = g.Key, SavingsYuan = g.Sum(c => c.SavingsYuan), Achievements = g.Sum(c => c.Achievements), SampleRecords = g.Sum(c => c.IsSample ? c.Achievements : 0) })
            .ToListAsync(cancellationToken);

        return years.Select(y => new YearlySavings(y.Year, y.SavingsYuan, y.Achievements, y.SampleRecords > 0, PublishedCodes.StudioSavingsPerYear)).ToList();
    }

    /// <summary>The provincial studios and those led by craftsmen, beside both published counts' codes; shared with the 总览.</summary>
    internal static async Task<StudioCounts> GetProvincialStudioCountsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var provincialFilter = filter with { StudioLevel = StudioLevel.Provincial };
        var provincial = db.InnovationStudios.Filter(provincialFilter);
        return new StudioCounts(
            await provincial.CountAsync(cancellationToken),
            await db.InnovationStudios.Filter(provincialFilter with { CraftsmanLed = true }).CountAsync(cancellationToken),
            await provincial.CountAsync(s => s.IsSample, cancellationToken),
            PublishedCodes.ProvincialStudios,
            PublishedCodes.CraftsmanLedStudios,
            PublishedCodes.ProvincialStudiosBuilt);
    }

    // The published yearly figures (I4, I5) cover the provincial studios, so the records are counted the same way,
    // and a bar drills to the achievements under this same filter. Counted from the achievement cells, which the
    // database keeps equal to the achievements: a province's millions cost what its few thousand cells cost.
    private static IQueryable<AchievementSummary> ProvincialAchievements(DashboardDbContext db, DashboardFilter filter)
        => db.AchievementSummaries.Filter(filter with { StudioLevel = StudioLevel.Provincial });
}
