namespace Dashboard.Data.Entities;

/// <summary>
/// Achievements counted and their savings summed per year × category × studio level × 市州 × industry × sample: the
/// innovation dashboards read these few thousand cells instead of a province's millions of achievements. The
/// database keeps them in step with the records by triggers, in the transaction of whatever wrote the records (a seed,
/// an import, an undo, an edit), so a chart read from the cells equals the list of records it drills to.
/// </summary>
public sealed class AchievementSummary
{
    public int Id { get; set; }
    public int Year { get; set; }
    public AchievementCategory Category { get; set; }

    /// <summary>The studio's: an achievement counts under its studio's level, 市州 and industry.</summary>
    public StudioLevel StudioLevel { get; set; }

    public string? RegionCode { get; set; }
    public string? IndustryCode { get; set; }
    public bool IsSample { get; set; }
    public int Achievements { get; set; }
    public long SavingsYuan { get; set; }
}
