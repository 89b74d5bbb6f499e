using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Queries;

/// <summary>The values a filter may take, as the reader sees them.</summary>
public sealed class ReferenceQueries([FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> dbFactory)
{
    private FilterVocabulary? _vocabulary;

    /// <summary>The 市州, industries and tiers change only with seeds/, loaded before the app serves a page: read once.</summary>
    public async Task<FilterVocabulary> GetFilterVocabularyAsync(CancellationToken cancellationToken = default)
        => _vocabulary ??= await LoadFilterVocabularyAsync(cancellationToken);

    private async Task<FilterVocabulary> LoadFilterVocabularyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regions = await ReferenceGroups.RegionsAsync(db, cancellationToken);
        var industries = await ReferenceGroups.IndustriesAsync(db, cancellationToken);
        var tiers = await db.CraftsmanTiers.OrderBy(t => t.Rank).Select(t => new FilterOption(t.Code, t.NameZh, t.NameEn)).ToListAsync(cancellationToken);
        return new FilterVocabulary(regions.Select(ToOption).ToList(), industries.Select(ToOption).ToList(), tiers);
    }

    private static FilterOption ToOption(ReferenceGroup group) => new(group.Key, group.NameZh, group.NameEn);
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
