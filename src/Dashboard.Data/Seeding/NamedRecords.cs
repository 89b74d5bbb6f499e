using Dashboard.Data.Entities;

namespace Dashboard.Data.Seeding;

/// <summary>People, honours, competitions and studios named in a source: real records, never sample.</summary>
internal sealed record NamedRecords(
    IReadOnlyList<NamedCraftsman> Craftsmen,
    IReadOnlyList<NamedHonour> Honours,
    IReadOnlyList<NamedCompetition> Competitions,
    IReadOnlyList<NamedStudio> Studios);

internal sealed record NamedCraftsman(
    string Name,
    string TierCode,
    string? RegionCode,
    string? IndustryCode,
    string? EmployerName,
    int? YearNamed,
    int? Batch);

internal sealed record NamedHonour(string TitleZh, string TitleEn, int? Year, string RecipientName, string? RegionCode);

internal sealed record NamedCompetition(string Name, int? Year, CompetitionLevel Level, string? ThemeZh, string? IndustryCode, string? RegionCode);

internal sealed record NamedStudio(
    string Name,
    StudioLevel Level,
    string? LeadCraftsmanName,
    string? RegionCode,
    string? IndustryCode,
    int? FoundedYear);
