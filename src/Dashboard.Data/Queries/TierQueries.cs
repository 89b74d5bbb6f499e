using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class TierQueries(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<TierQueries> logger)
{
    private const string ProvincialTierCode = "provincial";

    public async Task<TierDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the tier dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tiers = await GetHeadcountsAsync(db, filter, cancellationToken);
        var tierCodes = tiers.Select(t => t.TierCode).ToList();
        var regions = await ReferenceGroups.RegionsAsync(db, cancellationToken);

        var cells = await Craftsmen(db, filter)
            .GroupBy(c => new { c.RegionCode, c.IndustryCode, c.TierCode })
            .Select(g => new GroupTierCell(g.Key.RegionCode, g.Key.IndustryCode, g.Key.TierCode, g.Sum(c => c.Craftsmen), g.Sum(c => c.IsSample ? c.Craftsmen : 0)))
            .ToListAsync(cancellationToken);

        var targets = await GetPlanTargetsAsync(db, cancellationToken);
        var sharePlan = RegionSharePlan(targets);
        return new TierDashboard(
            tiers,
            CountByGroup(regions, tierCodes, cells, c => c.RegionCode),
            CountByGroup(await ReferenceGroups.IndustriesAsync(db, cancellationToken), tierCodes, cells, c => c.IndustryCode),
            await GetProvincialBatchesAsync(db, filter, cancellationToken),
            await GetHonoursAsync(db, filter, cancellationToken),
            await GetPlanProgressAsync(db, filter, targets, cancellationToken),
            await GetRegionPlanSharesAsync(db, filter, sharePlan, regions, cancellationToken),
            sharePlan is null ? null : new YearSpan(sharePlan.StartYear, sharePlan.EndYear));
    }

    /// <summary>Craftsmen per tier, highest rank first, beside the published headcount's code; shared with the 总览.</summary>
    internal static async Task<List<TierHeadcount>> GetHeadcountsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        // Hoisted: EF translates a filtered set used inside the projection, not a call that builds one.
        var craftsmen = Craftsmen(db, filter);
        var tiers = await db.CraftsmanTiers
            .OrderBy(t => t.Rank)
            .Select(t => new
            {
                t.Code,
                t.NameZh,
                t.NameEn,
                t.Rank,
                Records = craftsmen.Where(c => c.TierCode == t.Code).Sum(c => c.Craftsmen),
                SampleRecords = craftsmen.Where(c => c.TierCode == t.Code && c.IsSample).Sum(c => c.Craftsmen),
            })
            .ToListAsync(cancellationToken);

        return tiers.Select(t => new TierHeadcount(t.Code, t.NameZh, t.NameEn, t.Rank, t.Records, t.SampleRecords,
            PublishedCodes.TierHeadcount.GetValueOrDefault(t.Code))).ToList();
    }

    private static List<TierGroupCount> CountByGroup(
        IReadOnlyList<ReferenceGroup> groups, IReadOnlyList<string> tierCodes, IReadOnlyList<GroupTierCell> cells, Func<GroupTierCell, string?> keyOf)
    {
        var cellsByGroup = cells.Where(c => keyOf(c) is not null).ToLookup(c => keyOf(c)!);
        return groups.Select(group =>
        {
            var ofGroup = cellsByGroup[group.Key].ToList();
            var byTier = tierCodes.ToDictionary(tier => tier, tier => ofGroup.Where(c => c.TierCode == tier).Sum(c => c.Count));
            return new TierGroupCount(group.Key, group.NameZh, group.NameEn, byTier, ofGroup.Sum(c => c.Count), ofGroup.Sum(c => c.SampleRecords));
        }).ToList();
    }

    private static async Task<List<BatchCount>> GetProvincialBatchesAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        // BatchCount.Year is not nullable, so a batched craftsman with no year is left out rather than given a made-up one.
        var batches = await Craftsmen(db, filter)
            .Where(c => c.TierCode == ProvincialTierCode && c.Batch != null && c.YearNamed != null)
            .GroupBy(c => new { Batch = c.Batch!.Value, Year = c.YearNamed!.Value })
            .OrderBy(g => g.Key.Batch).ThenBy(g => g.Key.Year)
            .Select(g => new { g.Key.Batch, g.Key.Year, Count = g.Sum(c => c.Craftsmen), SampleRecords = g.Sum(c => c.IsSample ? c.Craftsmen : 0) })
            .ToListAsync(cancellationToken);

        return batches.Select(b => new BatchCount(b.Batch, b.Year, b.Count, b.SampleRecords, PublishedCodes.ProvincialBatchByYear.GetValueOrDefault(b.Year))).ToList();
    }

    private static async Task<List<HonourCount>> GetHonoursAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var honours = await db.Honours.Filter(filter)
            .GroupBy(h => new { h.TitleZh, h.TitleEn, h.Year })
            .OrderBy(g => g.Key.Year == null).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.TitleZh)
            .Select(g => new { g.Key.TitleZh, g.Key.TitleEn, g.Key.Year, Count = g.Count(), SampleRecords = g.Count(h => h.IsSample) })
            .ToListAsync(cancellationToken);

        return honours.Select(h => new HonourCount(h.TitleZh, h.TitleEn, h.Year, h.Count, h.SampleRecords,
            h.Year is { } year ? PublishedCodes.Honours.GetValueOrDefault((h.TitleZh, year)) : null)).ToList();
    }

    private static async Task<List<PlanTargetRange>> GetPlanTargetsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var targets = await db.PlanTargets
            .Where(t => t.Area == DashboardArea.Tiers && t.StartYear != null && t.EndYear != null)
            .Select(t => new PlanTargetRange(t.Code, t.NameZh, t.NameEn, t.Value, t.StartYear!.Value, t.EndYear!.Value, t.TierCode, t.IndicatorCode))
            .ToListAsync(cancellationToken);

        // SQLite cannot ORDER BY a decimal column, so the few targets are ordered here.
        return targets.OrderBy(t => t.Value).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    private static async Task<List<PlanProgress>> GetPlanProgressAsync(
        DashboardDbContext db, DashboardFilter filter, IReadOnlyList<PlanTargetRange> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0)
        {
            return [];
        }

        var from = targets.Min(t => t.StartYear);
        var to = targets.Max(t => t.EndYear);
        var named = await Craftsmen(db, filter)
            .Where(c => c.YearNamed >= from && c.YearNamed <= to)
            .GroupBy(c => new { c.TierCode, Year = c.YearNamed!.Value })
            .Select(g => new { g.Key.TierCode, g.Key.Year, Count = g.Sum(c => c.Craftsmen), SampleRecords = g.Sum(c => c.IsSample ? c.Craftsmen : 0) })
            .ToListAsync(cancellationToken);

        return targets.Select(t => new PlanProgress(
            t.Code, t.NameZh, t.NameEn, t.Value, t.StartYear, t.EndYear, t.TierCode,
            t.Years().Select(year =>
            {
                var ofYear = named.Where(n => n.Year == year && (t.TierCode == null || n.TierCode == t.TierCode)).ToList();
                return new YearValue(year, ofYear.Sum(n => n.Count), ofYear.Sum(n => n.SampleRecords));
            }).ToList(),
            t.IndicatorCode)).ToList();
    }

    // Counted from the craftsman cells, which the database keeps equal to the craftsmen: a province's hundred thousand
    // cost what its few thousand cells cost, and a bar still drills to the craftsmen under this same filter.
    private static IQueryable<CraftsmanSummary> Craftsmen(DashboardDbContext db, DashboardFilter filter) => db.CraftsmanSummaries.Filter(filter);

    // The all-levels target spans every tier; without one, the widest plan period stands in for it.
    private static PlanTargetRange? RegionSharePlan(IReadOnlyList<PlanTargetRange> targets)
        => targets.FirstOrDefault(t => t.TierCode == null) ?? targets.MaxBy(t => t.EndYear - t.StartYear);

    private static async Task<List<RegionPlanShare>> GetRegionPlanSharesAsync(
        DashboardDbContext db, DashboardFilter filter, PlanTargetRange? plan, IReadOnlyList<ReferenceGroup> regions, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return [];
        }

        var byRegion = await Craftsmen(db, filter)
            .Where(c => c.RegionCode != null && c.YearNamed >= plan.StartYear && c.YearNamed <= plan.EndYear)
            .GroupBy(c => c.RegionCode!)
            .Select(g => new { RegionCode = g.Key, Count = g.Sum(c => c.Craftsmen), SampleRecords = g.Sum(c => c.IsSample ? c.Craftsmen : 0) })
            .ToDictionaryAsync(g => g.RegionCode, cancellationToken);
        var total = byRegion.Values.Sum(r => r.Count);

        // OrderByDescending is stable, so regions with equal counts keep the reference order.
        return regions
            .Select(r => byRegion.GetValueOrDefault(r.Key) is { } counted
                ? new RegionPlanShare(r.Key, r.NameZh, r.NameEn, counted.Count, Percentages.Of(counted.Count, total), counted.SampleRecords)
                : new RegionPlanShare(r.Key, r.NameZh, r.NameEn, 0, 0m, 0))
            .OrderByDescending(s => s.Count)
            .ToList();
    }

    private sealed record GroupTierCell(string? RegionCode, string? IndustryCode, string TierCode, int Count, int SampleRecords);

    private sealed record PlanTargetRange(
        string Code, string NameZh, string NameEn, decimal Value, int StartYear, int EndYear, string? TierCode, string? IndicatorCode)
    {
        public IEnumerable<int> Years() => Enumerable.Range(StartYear, Math.Max(0, EndYear - StartYear + 1));
    }
}
