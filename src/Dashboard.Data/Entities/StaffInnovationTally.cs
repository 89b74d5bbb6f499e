namespace Dashboard.Data.Entities;

/// <summary>
/// Province-wide staff innovation counted per year and 市州 (合理化建议, 技术革新): these run to
/// hundreds of thousands a year, so they are kept as tallies rather than one row each.
/// </summary>
public sealed class StaffInnovationTally
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    public AchievementCategory Category { get; set; }
    public int Count { get; set; }
    public bool IsSample { get; set; }
}
