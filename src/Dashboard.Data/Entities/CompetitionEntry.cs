namespace Dashboard.Data.Entities;

/// <summary>An enterprise taking part in a competition, with the number of its workers who took part.</summary>
public sealed class CompetitionEntry
{
    public int CompetitionId { get; set; }
    public Competition? Competition { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int Workers { get; set; }
}
