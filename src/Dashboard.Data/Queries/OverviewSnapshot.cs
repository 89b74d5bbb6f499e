namespace Dashboard.Data.Queries;

/// <summary>
/// The figures of the 总览 page: each computed from records, beside the code of the published figure that states it.
/// Yearly figures hold the latest two years with records, oldest first, so a card can show 同比.
/// </summary>
public sealed record OverviewSnapshot(
    IReadOnlyList<TierHeadcount> Tiers,
    IReadOnlyList<CompetitionYearCount> ProvincialDemonstrationCompetitions,
    IReadOnlyList<ParticipationShare> AboveScaleParticipation,
    IReadOnlyList<YearlySavings> StudioSavings,
    StudioCounts Studios);

public sealed record TierHeadcount(string TierCode, string NameZh, string NameEn, int Rank, int Records, int SampleRecords, string? PublishedCode);

/// <param name="TargetCode">The published floor (≥30 a year).</param>
public sealed record CompetitionYearCount(int Year, int Count, int SampleRecords, string TargetCode);

/// <param name="Percent">Above-scale enterprises taking part in at least one competition that year, of all above-scale enterprises, to one decimal.</param>
public sealed record ParticipationShare(int Year, int Participating, int AboveScaleEnterprises, decimal Percent, bool IncludesSample, string TargetCode);

public sealed record YearlySavings(int Year, long SavingsYuan, int Achievements, bool IncludesSample, string PublishedCode);

/// <param name="PublishedAlternativeCode">The other published count of provincial studios (461 against 464).</param>
public sealed record StudioCounts(
    int Provincial,
    int CraftsmanLed,
    int SampleRecords,
    string PublishedCode,
    string PublishedCraftsmanLedCode,
    string PublishedAlternativeCode);
