using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>The values a filter may take, as the reader sees them.</summary>
public sealed class ReferenceQueries(IDbContextFactory<DashboardDbContext> dbFactory)
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
public sealed record FilterVocabulary(IReadOnlyList<FilterOption> Regions, IReadOnlyList<FilterOption> Industries, IReadOnlyList<FilterOption> Tiers);
