using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Queries;

public sealed class TierQueries(IDbContextFactory<DashboardDbContext> dbFactory, ReferenceQueries references, ILogger<TierQueries> logger)
{
    private const string ProvincialTierCode = "provincial";

    public async Task<TierDashboard> GetDashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("Querying the tier dashboard.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lists = await references.GetListsAsync(cancellationToken);
        var regions = lists.RegionsOf(db);
        var cells = await Craftsmen(db, filter)
            .GroupBy(c => new { c.RegionCode, c.IndustryCode, c.TierCode })
            .Select(g => new GroupTierCell(g.Key.RegionCode, g.Key.IndustryCode, g.Key.TierCode, g.Sum(c => c.Craftsmen), g.Sum(c => c.IsSample ? c.Craftsmen : 0)))
            .ToListAsync(cancellationToken);
        // The headcounts are the cells' sums per tier: the same craftsmen, without another pass over them.
        var tiers = Headcounts(lists.Tiers, cells.Select(c => new TierCount(c.TierCode, c.Count, c.SampleRecords)));
        var tierCodes = tiers.Select(t => t.TierCode).ToList();

        var targets = lists.TierTargets;
        var sharePlan = RegionSharePlan(targets);
        var named = await GetNamedInPlanYearsAsync(db, filter, targets, cancellationToken);
        return new TierDashboard(
            tiers,
            CountByGroup(regions, tierCodes, cells, c => c.RegionCode),
            CountByGroup(lists.Industries, tierCodes, cells, c => c.IndustryCode),
            await GetProvincialBatchesAsync(db, filter, cancellationToken),
            await GetHonoursAsync(db, filter, cancellationToken),
            PlanProgress(targets, named),
            RegionPlanShares(sharePlan, named, regions),
            sharePlan is null ? null : new YearSpan(sharePlan.StartYear, sharePlan.EndYear));
    }

    /// <summary>Craftsmen per tier, highest rank first, beside the published headcount's code; shared with the 总览.</summary>
    internal static async Task<List<TierHeadcount>> GetHeadcountsAsync(
        DashboardDbContext db, DashboardFilter filter, IReadOnlyList<TierName> tiers, CancellationToken cancellationToken)
        => Headcounts(tiers, await Craftsmen(db, filter)
            .GroupBy(c => c.TierCode)
            .Select(g => new TierCount(g.Key, g.Sum(c => c.Craftsmen), g.Sum(c => c.IsSample ? c.Craftsmen : 0)))
            .ToListAsync(cancellationToken));

    // Every tier is listed, those with no craftsmen under the filter too.
    private static List<TierHeadcount> Headcounts(IReadOnlyList<TierName> tiers, IEnumerable<TierCount> counts)
    {
        var byTier = counts.ToLookup(c => c.TierCode);
        return tiers.Select(t => new TierHeadcount(t.Code, t.NameZh, t.NameEn, t.Rank, byTier[t.Code].Sum(c => c.Count), byTier[t.Code].Sum(c => c.SampleRecords),
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

    /// <summary>Craftsmen named in the years of any plan target, per tier, 市州 and year: what plan progress and the 市州 shares count.</summary>
    private static async Task<List<NamedCell>> GetNamedInPlanYearsAsync(
        DashboardDbContext db, DashboardFilter filter, IReadOnlyList<PlanTargetRange> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0)
        {
            return [];
        }

        var from = targets.Min(t => t.StartYear);
        var to = targets.Max(t => t.EndYear);
        return await Craftsmen(db, filter)
            .Where(c => c.YearNamed >= from && c.YearNamed <= to)
            .GroupBy(c => new { c.TierCode, c.RegionCode, Year = c.YearNamed!.Value })
            .Select(g => new NamedCell(g.Key.TierCode, g.Key.RegionCode, g.Key.Year, g.Sum(c => c.Craftsmen), g.Sum(c => c.IsSample ? c.Craftsmen : 0)))
            .ToListAsync(cancellationToken);
    }

    private static List<PlanProgress> PlanProgress(IReadOnlyList<PlanTargetRange> targets, IReadOnlyList<NamedCell> named)
        => targets.Select(t => new PlanProgress(
            t.Code, t.NameZh, t.NameEn, t.Value, t.StartYear, t.EndYear, t.TierCode,
            t.Years().Select(year =>
            {
                var ofYear = named.Where(n => n.Year == year && (t.TierCode == null || n.TierCode == t.TierCode)).ToList();
                return new YearValue(year, ofYear.Sum(n => n.Count), ofYear.Sum(n => n.SampleRecords));
            }).ToList(),
            t.IndicatorCode)).ToList();

    // Counted from the craftsman cells, which the database keeps equal to the craftsmen: a province's hundred thousand
    // cost what its few thousand cells cost, and a bar still drills to the craftsmen under this same filter.
    private static IQueryable<CraftsmanSummary> Craftsmen(DashboardDbContext db, DashboardFilter filter) => db.CraftsmanSummaries.Filter(filter);

    // The all-levels target spans every tier; without one, the widest plan period stands in for it.
    private static PlanTargetRange? RegionSharePlan(IReadOnlyList<PlanTargetRange> targets)
        => targets.FirstOrDefault(t => t.TierCode == null) ?? targets.MaxBy(t => t.EndYear - t.StartYear);

    private static List<RegionPlanShare> RegionPlanShares(PlanTargetRange? plan, IReadOnlyList<NamedCell> named, IReadOnlyList<ReferenceGroup> regions)
    {
        if (plan is null)
        {
            return [];
        }

        var byRegion = named
            .Where(n => n.RegionCode != null && n.Year >= plan.StartYear && n.Year <= plan.EndYear)
            .GroupBy(n => n.RegionCode!)
            .ToDictionary(g => g.Key, g => (Count: g.Sum(n => n.Count), SampleRecords: g.Sum(n => n.SampleRecords)));
        var total = byRegion.Values.Sum(r => r.Count);

        // OrderByDescending is stable, so regions with equal counts keep the reference order.
        return regions
            .Select(r => byRegion.TryGetValue(r.Key, out var counted)
                ? new RegionPlanShare(r.Key, r.NameZh, r.NameEn, counted.Count, Percentages.Of(counted.Count, total), counted.SampleRecords)
                : new RegionPlanShare(r.Key, r.NameZh, r.NameEn, 0, 0m, 0))
            .OrderByDescending(s => s.Count)
            .ToList();
    }

    private sealed record TierCount(string TierCode, int Count, int SampleRecords);

    private sealed record NamedCell(string TierCode, string? RegionCode, int Year, int Count, int SampleRecords);

    private sealed record GroupTierCell(string? RegionCode, string? IndustryCode, string TierCode, int Count, int SampleRecords);
}
