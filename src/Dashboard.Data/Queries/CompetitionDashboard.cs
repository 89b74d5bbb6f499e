using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>Everything the 竞赛 dashboard draws.</summary>
public sealed record CompetitionDashboard(
    IReadOnlyList<LevelYearCount> ByYearAndLevel,
    IReadOnlyList<ParticipationShare> ParticipationByYear,
    IReadOnlyList<ParticipationGroup> ByIndustry,
    IReadOnlyList<ParticipationGroup> ByRegion,
    string CompetitionsTargetCode,
    string ParticipationTargetCode,
    IReadOnlyList<string> ConferenceResultCodes);

/// <summary>Competitions held in a year at one level; competitions with no year are left out.</summary>
public sealed record LevelYearCount(int Year, CompetitionLevel Level, int Count, int SampleRecords);

/// <summary>Enterprises (distinct) and workers (summed) taking part, by the enterprise's industry or 市州, over all years.</summary>
public sealed record ParticipationGroup(string Key, string NameZh, string NameEn, int Enterprises, long Workers, bool IncludesSample);
