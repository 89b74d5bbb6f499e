using Dashboard.Data.Entities;

namespace Dashboard.Tests.Shared.Data;

/// <summary>
/// Records for hand-made test data, written once for every test project: name what matters with named
/// arguments and leave the rest to the defaults.
/// </summary>
public static class RecordBuilders
{
    /// <summary>The seeded tiers' ranks (seeds/reference/tiers.json), which a craftsman carries beside its tier's code.</summary>
    private static readonly IReadOnlyDictionary<string, int> s_seededTierRanks =
        new Dictionary<string, int> { ["national"] = 1, ["national-candidate"] = 2, ["provincial"] = 3, ["city"] = 4 };

    public static Craftsman Craftsman(
        string name, string tier, string? region = null, string? industry = null, int? year = null, int? batch = null, string? employer = null, bool sample = false)
        => new()
        {
            Name = name, TierCode = tier, TierRank = s_seededTierRanks[tier], RegionCode = region, IndustryCode = industry,
            YearNamed = year, Batch = batch, EmployerName = employer, IsSample = sample,
        };

    public static Honour Honour(string titleZh, int? year, bool sample, string recipient = "受表彰者", string titleEn = "test")
        => new() { TitleZh = titleZh, TitleEn = titleEn, Year = year, RecipientName = recipient, IsSample = sample };

    public static Enterprise Enterprise(string name, bool aboveScale, string region, string industry, bool sample)
        => new() { Name = name, IsAboveScale = aboveScale, RegionCode = region, IndustryCode = industry, IsSample = sample };

    public static CompetitionEntry Entry(Enterprise enterprise, int workers) => new() { Enterprise = enterprise, Workers = workers };

    public static Competition Competition(string name, int? year, CompetitionLevel level, bool sample, params CompetitionEntry[] entries)
        => new() { Name = name, Year = year, Level = level, IsSample = sample, Entries = [.. entries] };

    /// <param name="lead">A lead craftsman makes the studio craftsman-led.</param>
    public static InnovationStudio Studio(
        string name, StudioLevel level, bool craftsmanLed, bool sample, Craftsman? lead = null, string? region = null, string? industry = null,
        int? founded = null, params InnovationAchievement[] achievements)
        => new()
        {
            Name = name, Level = level, IsCraftsmanLed = craftsmanLed || lead is not null, LeadCraftsman = lead,
            RegionCode = region, IndustryCode = industry, FoundedYear = founded, IsSample = sample, Achievements = [.. achievements],
        };

    public static InnovationAchievement Achievement(int year, AchievementCategory category, long savings, bool sample, string? title = null)
        => new() { Year = year, Category = category, Title = title ?? $"成果 {year} {category}", SavingsYuan = savings, IsSample = sample };

    public static StaffInnovationTally Tally(int year, string region, AchievementCategory category, int count, bool sample)
        => new() { Year = year, RegionCode = region, Category = category, Count = count, IsSample = sample };
}
