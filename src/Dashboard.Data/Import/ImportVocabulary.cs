using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// The names a spreadsheet may use for a code: a 市州 by its code, full or short name (510100, 成都市, 成都, Chengdu),
/// an industry or tier by its code or its Chinese or English name, a level or category by its Chinese or English label.
/// Matching ignores case and surrounding space.
/// </summary>
public sealed class ImportVocabulary
{
    private readonly Dictionary<string, string> _regions;
    private readonly Dictionary<string, string> _industries;
    private readonly Dictionary<string, string> _tiers;

    // Names are compared ignoring case rather than upper-cased first, which made a string for every cell looked up.
    // Declared before the labels: static fields are set in order.
    private static readonly StringComparer s_names = StringComparer.OrdinalIgnoreCase;

    private static readonly Dictionary<string, CompetitionLevel> s_competitionLevels = Labels(
        (CompetitionLevel.National, ["全国", "国家级", "全国级"]),
        (CompetitionLevel.ProvincialDemonstration, ["省级示范性", "省级示范", "省级示范性竞赛"]),
        (CompetitionLevel.Provincial, ["省级"]),
        (CompetitionLevel.City, ["市级", "市州级"]));

    private static readonly Dictionary<string, StudioLevel> s_studioLevels = Labels(
        (StudioLevel.National, ["全国级", "全国", "国家级"]),
        (StudioLevel.Provincial, ["省级"]),
        (StudioLevel.BelowProvincial, ["省级以下", "市级", "市州级"]));

    private static readonly Dictionary<string, AchievementCategory> s_categories = Labels(
        (AchievementCategory.FiveSmall, ["“五小”成果", "五小成果", "五小"]),
        (AchievementCategory.TechnicalInnovation, ["技术革新"]),
        (AchievementCategory.RationalisationProposal, ["合理化建议"]));

    public ImportVocabulary(IEnumerable<Region> regions, IEnumerable<Industry> industries, IEnumerable<CraftsmanTier> tiers)
    {
        _regions = Names(regions.Select(r => (r.Code, new[] { r.Code, r.NameZh, r.ShortNameZh, r.NameEn })));
        _industries = Names(industries.Select(i => (i.Code, new[] { i.Code, i.NameZh, i.NameEn })));
        _tiers = Names(tiers.Select(t => (t.Code, new[] { t.Code, t.NameZh, t.NameEn })));
    }

    public static async Task<ImportVocabulary> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken = default)
        => new(await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
            await db.Industries.AsNoTracking().ToListAsync(cancellationToken),
            await db.CraftsmanTiers.AsNoTracking().ToListAsync(cancellationToken));

    public string? RegionCode(string name) => _regions.GetValueOrDefault(name.Trim());

    public string? IndustryCode(string name) => _industries.GetValueOrDefault(name.Trim());

    public string? TierCode(string name) => _tiers.GetValueOrDefault(name.Trim());

    public static CompetitionLevel? CompetitionLevelOf(string name) => s_competitionLevels.TryGetValue(name.Trim(), out var level) ? level : null;

    public static StudioLevel? StudioLevelOf(string name) => s_studioLevels.TryGetValue(name.Trim(), out var level) ? level : null;

    public static AchievementCategory? CategoryOf(string name) => s_categories.TryGetValue(name.Trim(), out var category) ? category : null;

    /// <summary>A level's or category's first Chinese label: how an edit form writes it, as a spreadsheet would.</summary>
    public static string LabelOf(CompetitionLevel level) => FirstLabel(s_competitionLevels, level);

    /// <inheritdoc cref="LabelOf(CompetitionLevel)"/>
    public static string LabelOf(StudioLevel level) => FirstLabel(s_studioLevels, level);

    /// <inheritdoc cref="LabelOf(CompetitionLevel)"/>
    public static string LabelOf(AchievementCategory category) => FirstLabel(s_categories, category);

    // The labels were added in their order, Chinese first, and a dictionary nothing is removed from keeps that order.
    private static string FirstLabel<T>(Dictionary<string, T> labels, T value) where T : struct, Enum => labels.First(l => l.Value.Equals(value)).Key;

    private static Dictionary<string, string> Names(IEnumerable<(string Code, string[] Names)> entries)
        => entries.SelectMany(e => e.Names.Select(name => (Name: name.Trim(), e.Code))).DistinctBy(e => e.Name, s_names).ToDictionary(e => e.Name, e => e.Code, s_names);

    /// <summary>Each value under its Chinese labels and its enum name (National, City …).</summary>
    private static Dictionary<string, T> Labels<T>(params (T Value, string[] Names)[] entries) where T : struct, Enum
        => entries.SelectMany(e => e.Names.Append(e.Value.ToString()).Select(name => (Name: name.Trim(), e.Value))).ToDictionary(e => e.Name, e => e.Value, s_names);
}
