namespace Dashboard.Data.Entities;

public sealed class InnovationAchievement
{
    public int Id { get; set; }
    public int StudioId { get; set; }
    public InnovationStudio? Studio { get; set; }
    public int Year { get; set; }
    public AchievementCategory Category { get; set; }
    public required string Title { get; set; }

    /// <summary>Money saved or created, in whole 元: an integer so SQLite can SUM it exactly.</summary>
    public long SavingsYuan { get; set; }
    public bool IsSample { get; set; }
}
