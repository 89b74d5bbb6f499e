namespace Dashboard.Data.Queries;

/// <summary>Everything the 工匠梯队 dashboard draws.</summary>
public sealed record TierDashboard(
    IReadOnlyList<TierHeadcount> Tiers,
    IReadOnlyList<TierGroupCount> ByRegion,
    IReadOnlyList<TierGroupCount> ByIndustry,
    IReadOnlyList<BatchCount> ProvincialBatches,
    IReadOnlyList<HonourCount> Honours,
    IReadOnlyList<PlanProgress> Plan,
    IReadOnlyList<RegionPlanShare> RegionPlanShares,
    YearSpan? RegionSharePeriod);

/// <summary>The plan period the 市州 shares count, from its first year to its last.</summary>
public sealed record YearSpan(int StartYear, int EndYear);

/// <summary>Craftsmen of one 市州 or industry, per tier code; records with no 市州 or industry are left out.</summary>
public sealed record TierGroupCount(string Key, string NameZh, string NameEn, IReadOnlyDictionary<string, int> ByTier, int Total, int SampleRecords);

/// <param name="PublishedCode">T5 for the 2017 batch, T6 for the 2024 batch; null for batches with no published size.</param>
public sealed record BatchCount(int Batch, int Year, int Count, int SampleRecords, string? PublishedCode);

/// <param name="PublishedCode">T16 for the 2025 全国劳动模范和先进工作者; null otherwise.</param>
public sealed record HonourCount(string TitleZh, string TitleEn, int? Year, int Count, int SampleRecords, string? PublishedCode);

/// <summary>Progress on one 百千万 target: craftsmen named in the plan's years, year by year.</summary>
/// <param name="TierCode">The tier counted; null counts every tier (the all-levels target).</param>
/// <param name="NewByYear">Every year from StartYear to EndYear, zero where none were named.</param>
/// <param name="PublishedCode">The published figure that states the target (T11–T13); null for a target no figure states.</param>
public sealed record PlanProgress(
    string TargetCode,
    string NameZh,
    string NameEn,
    decimal TargetValue,
    int StartYear,
    int EndYear,
    string? TierCode,
    IReadOnlyList<YearValue> NewByYear,
    string? PublishedCode);

/// <summary>A 市州's craftsmen named (all tiers) in the plan years, and its share of the province's.</summary>
public sealed record RegionPlanShare(string RegionCode, string NameZh, string NameEn, int Count, decimal SharePercent, int SampleRecords);
