using Dashboard.Data.Entities;

namespace Dashboard.Data.Seeding;

/// <summary>
/// The settings of the sample-data generator (seeds/sample/settings.json). Totals that have a
/// published figure are set to it, named real records included, so sample and published agree.
/// </summary>
internal sealed record SampleSettings(
    int RandomSeed,
    IReadOnlyDictionary<string, int> RegionWeights,
    IReadOnlyDictionary<string, int> IndustryWeights,
    SampleCraftsmen Craftsmen,
    SampleHonours Honours,
    SampleEnterprises Enterprises,
    SampleCompetitions Competitions,
    SampleStudios Studios,
    SampleAchievements Achievements,
    SampleStaffInnovation StaffInnovation);

internal sealed record YearRange(int From, int To)
{
    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);
}

internal sealed record SampleCraftsmen(
    IReadOnlyDictionary<string, int> TierTotals,
    IReadOnlyList<SampleBatch> ProvincialBatches,
    YearRange NationalYears,
    YearRange CityYears);

internal sealed record SampleBatch(int Batch, int Year, int Total);

internal sealed record SampleHonours(string TitleZh, string TitleEn, int Year, int Count);

internal sealed record SampleEnterprises(int Total, int AboveScale, IReadOnlyDictionary<int, int> KeyEnterprisesByYear);

internal sealed record SampleCompetitions(
    IReadOnlyList<SampleCompetitionYear> Years,
    int MinWorkersPerEntry,
    int MaxWorkersPerEntry,
    int BelowScaleEntriesPerYear);

internal sealed record SampleCompetitionYear(
    int Year,
    IReadOnlyDictionary<CompetitionLevel, int> CountByLevel,
    decimal AboveScaleParticipationPercent);

internal sealed record SampleStudios(int Provincial, int ProvincialCraftsmanLed, int BelowProvincial, YearRange FoundedYears);

/// <param name="BelowProvincial">Absent from seeds/: only the province-scale dataset gives the studios below provincial level achievements.</param>
internal sealed record SampleAchievements(
    IReadOnlyList<SampleAchievementYear> Years,
    IReadOnlyDictionary<AchievementCategory, int> CategoryWeights,
    SampleBelowProvincialAchievements? BelowProvincial = null);

internal sealed record SampleAchievementYear(int Year, int Count, long SavingsYuan);

/// <summary>Achievements of studios below provincial level, which no published figure counts: spread over the years, each saving within its category's range.</summary>
internal sealed record SampleBelowProvincialAchievements(YearRange Years, int Total, IReadOnlyDictionary<AchievementCategory, SampleYuanRange> SavingsByCategory);

internal sealed record SampleYuanRange(long Min, long Max);

internal sealed record SampleStaffInnovation(YearRange Years, int RationalisationProposals, int TechnicalInnovations);
