using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Queries;

/// <summary>
/// The reference lists (市州, industries, tiers and the tiers' plan targets), as the filter and the dashboards use them.
/// They change only with seeds/, loaded before the app serves a page, so they are read once per app: a dashboard then
/// asks the database only for its numbers.
/// </summary>
public sealed class ReferenceQueries([FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> dbFactory)
{
    private ReferenceLists? _lists;
    private FilterVocabulary? _vocabulary;

    /// <summary>The values a filter may take, as the reader sees them.</summary>
    public async Task<FilterVocabulary> GetFilterVocabularyAsync(CancellationToken cancellationToken = default)
        => _vocabulary ??= (await GetListsAsync(cancellationToken)).ToVocabulary();

    internal async Task<ReferenceLists> GetListsAsync(CancellationToken cancellationToken)
        => _lists ??= await LoadListsAsync(cancellationToken);

    private async Task<ReferenceLists> LoadListsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.OrderBy(r => r.SortOrder).Select(r => new ReferenceGroup(r.Code, r.ShortNameZh, r.NameEn)).ToListAsync(cancellationToken);
        var industries = await db.Industries.OrderBy(i => i.SortOrder).Select(i => new ReferenceGroup(i.Code, i.NameZh, i.NameEn)).ToListAsync(cancellationToken);
        var tiers = await db.CraftsmanTiers.OrderBy(t => t.Rank).Select(t => new TierName(t.Code, t.NameZh, t.NameEn, t.Rank)).ToListAsync(cancellationToken);
        var targets = await db.PlanTargets
            .Where(t => t.Area == DashboardArea.Tiers && t.StartYear != null && t.EndYear != null)
            .Select(t => new PlanTargetRange(t.Code, t.NameZh, t.NameEn, t.Value, t.StartYear!.Value, t.EndYear!.Value, t.TierCode, t.IndicatorCode))
            .ToListAsync(cancellationToken);

        // SQLite cannot ORDER BY a decimal column, so the few targets are ordered here.
        return new ReferenceLists(regions, industries, tiers, targets.OrderBy(t => t.Value).ThenBy(t => t.Code, StringComparer.Ordinal).ToList());
    }
}

/// <summary>A 市州 or industry a dashboard groups by, with the names it is shown under; 市州 go by their short names (成都, 阿坝州) to fit an axis.</summary>
internal sealed record ReferenceGroup(string Key, string NameZh, string NameEn);

internal sealed record TierName(string Code, string NameZh, string NameEn, int Rank);

/// <summary>A plan target of the tier dashboard with the years it spans.</summary>
internal sealed record PlanTargetRange(
    string Code, string NameZh, string NameEn, decimal Value, int StartYear, int EndYear, string? TierCode, string? IndicatorCode)
{
    public IEnumerable<int> Years() => Enumerable.Range(StartYear, Math.Max(0, EndYear - StartYear + 1));
}

/// <summary>The reference lists in their published order (SortOrder, tiers by rank, targets by value).</summary>
internal sealed record ReferenceLists(
    IReadOnlyList<ReferenceGroup> Regions, IReadOnlyList<ReferenceGroup> Industries, IReadOnlyList<TierName> Tiers, IReadOnlyList<PlanTargetRange> TierTargets)
{
    /// <summary>The 市州 a context's records may belong to: one for a reader bound to it, so a chart draws no empty bars for the others.</summary>
    public IReadOnlyList<ReferenceGroup> RegionsOf(DashboardDbContext db)
        => db.RegionScope is { } scope ? Regions.Where(r => r.Key == scope).ToList() : Regions;

    public FilterVocabulary ToVocabulary() => new(
        Regions.Select(r => new FilterOption(r.Key, r.NameZh, r.NameEn)).ToList(),
        Industries.Select(i => new FilterOption(i.Key, i.NameZh, i.NameEn)).ToList(),
        Tiers.Select(t => new FilterOption(t.Code, t.NameZh, t.NameEn)).ToList());
}

public sealed record FilterOption(string Code, string NameZh, string NameEn);

/// <summary>The 市州, industries and tiers a filter can name, in reference order.</summary>
public sealed record FilterVocabulary(IReadOnlyList<FilterOption> Regions, IReadOnlyList<FilterOption> Industries, IReadOnlyList<FilterOption> Tiers)
{
    /// <summary>The 市州 a bound reader's filter always holds, and no other; null for a province-wide reader.</summary>
    public string? FixedRegion { get; init; }

    /// <summary>The vocabulary as a reader of <paramref name="scope"/> sees it: a bound reader's 市州 is fixed.</summary>
    public FilterVocabulary For(RecordScope scope) => scope.RegionCode == FixedRegion ? this : this with { FixedRegion = scope.RegionCode };

    /// <summary>
    /// <paramref name="filter"/> held to the fixed 市州, and the other 市州 it named: a bound reader's filter holds
    /// exactly that 市州, whatever a link or a crafted event asked for.
    /// </summary>
    public (DashboardFilter Filter, IReadOnlyList<string> OutOfScope) Pin(DashboardFilter filter)
    {
        if (FixedRegion is not { } fixedRegion)
        {
            return (filter, []);
        }
        var outOfScope = filter.Regions.Where(code => code != fixedRegion).ToList();
        return (filter.Regions is [var only] && only == fixedRegion ? filter : filter with { Regions = [fixedRegion] }, outOfScope);
    }

    /// <summary>Whether <paramref name="filter"/> narrows nothing its reader may see: the province, or a bound reader's whole 市州.</summary>
    public bool IsEverythingFor(DashboardFilter filter)
        => (FixedRegion is null ? filter : filter with { Regions = [.. filter.Regions.Where(code => code != FixedRegion)] }).IsWholeProvince;
}
