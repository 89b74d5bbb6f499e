using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>Everything the 创新创效 dashboard draws.</summary>
public sealed record InnovationDashboard(
    IReadOnlyList<YearlySavings> SavingsByYear,
    IReadOnlyList<IndustrySavings> SavingsByIndustry,
    IReadOnlyList<CategoryYearCount> AchievementsByYear,
    StudioLevels Studios,
    IReadOnlyList<StaffInnovationYear> StaffInnovationByYear,
    string PublishedProposalsCode,
    string PublishedTechnicalInnovationsCode);

/// <summary>Savings of the provincial studios of one industry over the filter's years, in reference order; industries with none are left out.</summary>
public sealed record IndustrySavings(string Key, string NameZh, string NameEn, long SavingsYuan, int Achievements, bool IncludesSample);

/// <summary>Achievements of provincial studios in a year and category.</summary>
public sealed record CategoryYearCount(int Year, AchievementCategory Category, int Count, int SampleRecords);

/// <param name="PublishedBelowProvincialCode">I10: more than 5000 studios below provincial level.</param>
public sealed record StudioLevels(
    StudioCounts Provincial,
    int BelowProvincial,
    int BelowProvincialSampleRecords,
    string PublishedBelowProvincialCode,
    string PublishedCraftsmanLedShareCode);

/// <summary>合理化建议 and 技术革新 tallied for a year across the province.</summary>
public sealed record StaffInnovationYear(int Year, long RationalisationProposals, long TechnicalInnovations, bool IncludesSample);
