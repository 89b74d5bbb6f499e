using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class InnovationQueries(IDbContextFactory<DashboardDbContext> dbFactory, ReferenceQueries references, ILogger<InnovationQueries> logger)
{
    public async Task<InnovationDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the innovation dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One pass over the provincial cells gives the chart by year and category, the savings by industry and by year.
        var cells = await ProvincialAchievements(db, filter)
            .GroupBy(c => new { c.Year, c.Category, c.IndustryCode })
            .Select(g => new AchievementCell(g.Key.Year, g.Key.Category, g.Key.IndustryCode, g.Sum(c => c.SavingsYuan), g.Sum(c => c.Achievements), g.Sum(c => c.IsSample ? c.Achievements : 0)))
            .ToListAsync(cancellationToken);

        var belowProvincial = await db.InnovationStudios.Filter(filter with { StudioLevel = StudioLevel.BelowProvincial })
            .GroupBy(s => s.Level)
            .Select(g => new { Studios = g.Count(), SampleRecords = g.Count(s => s.IsSample) })
            .FirstOrDefaultAsync(cancellationToken);
        var studios = new StudioLevels(
            await GetProvincialStudioCountsAsync(db, filter, cancellationToken),
            belowProvincial?.Studios ?? 0,
            belowProvincial?.SampleRecords ?? 0,
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

        var savingsByIndustry = cells.Where(c => c.IndustryCode is not null).ToLookup(c => c.IndustryCode!);
        var industries = (await references.GetListsAsync(cancellationToken)).Industries;

        return new InnovationDashboard(
            SavingsByYear(cells.GroupBy(c => c.Year, (year, ofYear) => new SavingsSum(year, ofYear.Sum(c => c.SavingsYuan), ofYear.Sum(c => c.Achievements), ofYear.Sum(c => c.SampleRecords)))),
            industries
                .Where(i => savingsByIndustry.Contains(i.Key))
                .Select(i =>
                {
                    var ofIndustry = savingsByIndustry[i.Key].ToList();
                    return new IndustrySavings(i.Key, i.NameZh, i.NameEn, ofIndustry.Sum(c => c.SavingsYuan), ofIndustry.Sum(c => c.Achievements), ofIndustry.Any(c => c.SampleRecords > 0));
                })
                .ToList(),
            // Category is stored as its name, so it is ordered here by the enum rather than alphabetically in SQL.
            cells.GroupBy(c => new { c.Year, c.Category }, (key, ofKey) => new CategoryYearCount(key.Year, key.Category, ofKey.Sum(c => c.Achievements), ofKey.Sum(c => c.SampleRecords)))
                .OrderBy(a => a.Year).ThenBy(a => a.Category).ToList(),
            studios,
            staffInnovation.Select(y => new StaffInnovationYear(y.Year, y.Proposals, y.TechnicalInnovations, y.SampleTallies > 0)).ToList(),
            PublishedCodes.RationalisationProposals,
            PublishedCodes.TechnicalInnovations);
    }

    /// <summary>Savings and achievements of the provincial studios per year, oldest first; shared with the 总览.</summary>
    internal static async Task<List<YearlySavings>> GetProvincialSavingsByYearAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
        => SavingsByYear(await ProvincialAchievements(db, filter)
            .GroupBy(c => c.Year)
            .Select(g => new SavingsSum(g.Key, g.Sum(c => c.SavingsYuan), g.Sum(c => c.Achievements), g.Sum(c => c.IsSample ? c.Achievements : 0)))
            .ToListAsync(cancellationToken));

    /// <summary>The provincial studios and those led by craftsmen, beside both published counts' codes; shared with the 总览.</summary>
    /// <remarks>
    /// Studios are counted grouped by the one level the filter keeps, so all counts come from one pass over an index
    /// that holds every column they read (with no industry or year filter); EF gives a constant key a subquery.
    /// </remarks>
    internal static async Task<StudioCounts> GetProvincialStudioCountsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var provincial = await db.InnovationStudios.Filter(filter with { StudioLevel = StudioLevel.Provincial })
            .GroupBy(s => s.Level)
            .Select(g => new { Studios = g.Count(), CraftsmanLed = g.Count(s => s.IsCraftsmanLed), SampleRecords = g.Count(s => s.IsSample) })
            .FirstOrDefaultAsync(cancellationToken);
        return new StudioCounts(
            provincial?.Studios ?? 0,
            provincial?.CraftsmanLed ?? 0,
            provincial?.SampleRecords ?? 0,
            PublishedCodes.ProvincialStudios,
            PublishedCodes.CraftsmanLedStudios,
            PublishedCodes.ProvincialStudiosBuilt);
    }

    private static List<YearlySavings> SavingsByYear(IEnumerable<SavingsSum> years)
        => years.OrderBy(y => y.Year).Select(y => new YearlySavings(y.Year, y.SavingsYuan, y.Achievements, y.SampleRecords > 0, PublishedCodes.StudioSavingsPerYear)).ToList();

    // The published yearly figures (I4, I5) cover the provincial studios, so the records are counted the same way,
    // and a bar drills to the achievements under this same filter. Counted from the achievement cells, which the
    // database keeps equal to the achievements: a province's millions cost what its few thousand cells cost.
    private static IQueryable<AchievementSummary> ProvincialAchievements(DashboardDbContext db, DashboardFilter filter)
        => db.AchievementSummaries.Filter(filter with { StudioLevel = StudioLevel.Provincial });

    private sealed record AchievementCell(int Year, AchievementCategory Category, string? IndustryCode, long SavingsYuan, int Achievements, int SampleRecords);

    private sealed record SavingsSum(int Year, long SavingsYuan, int Achievements, int SampleRecords);
}
