namespace Dashboard.Data.Queries;

/// <summary>
/// The figures of the 总览 page: each computed from records, beside the published figure that states it.
/// Yearly figures hold the latest two years with records, oldest first, so a card can show 同比.
/// </summary>
public sealed record OverviewSnapshot(
    IReadOnlyList<TierHeadcount> Tiers,
    IReadOnlyList<CompetitionYearCount> ProvincialDemonstrationCompetitions,
    IReadOnlyList<ParticipationShare> AboveScaleParticipation,
    IReadOnlyList<YearlySavings> StudioSavings,
    StudioCounts Studios);

public sealed record TierHeadcount(string TierCode, string NameZh, string NameEn, int Rank, int Records, int SampleRecords, PublishedFigure? Published);

/// <param name="Target">The published floor (≥30 a year).</param>
public sealed record CompetitionYearCount(int Year, int Count, int SampleRecords, PublishedFigure? Target);

/// <param name="Percent">Above-scale enterprises taking part in at least one competition that year, of all above-scale enterprises, to one decimal.</param>
public sealed record ParticipationShare(int Year, int Participating, int AboveScaleEnterprises, decimal Percent, bool IncludesSample, PublishedFigure? Target);

public sealed record YearlySavings(int Year, long SavingsYuan, int Achievements, bool IncludesSample, PublishedFigure? Published);

/// <param name="PublishedAlternative">The other published count of provincial studios (461 against 464).</param>
public sealed record StudioCounts(
    int Provincial,
    int CraftsmanLed,
    int SampleRecords,
    PublishedFigure? Published,
    PublishedFigure? PublishedCraftsmanLed,
    PublishedFigure? PublishedAlternative);
