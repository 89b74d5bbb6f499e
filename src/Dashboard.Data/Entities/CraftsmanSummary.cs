namespace Dashboard.Data.Entities;

/// <summary>
/// Craftsmen counted per tier × 市州 × industry × year named × 届次 × sample: the tier dashboards and the overview's
/// headcounts read these cells instead of a province's hundred thousand craftsmen. Kept equal to the records by
/// triggers, in the transaction of whatever wrote them, as <see cref="AchievementSummary"/> is.
/// </summary>
public sealed class CraftsmanSummary
{
    public int Id { get; set; }
    public required string TierCode { get; set; }
    public string? RegionCode { get; set; }
    public string? IndustryCode { get; set; }
    public int? YearNamed { get; set; }
    public int? Batch { get; set; }
    public bool IsSample { get; set; }
    public int Craftsmen { get; set; }
}
