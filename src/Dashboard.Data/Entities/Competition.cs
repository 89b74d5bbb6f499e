namespace Dashboard.Data.Entities;

public sealed class Competition
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Null for a standing themed programme the source names without a year.</summary>
    public int? Year { get; set; }
    public CompetitionLevel Level { get; set; }
    public string? ThemeZh { get; set; }
    public string? IndustryCode { get; set; }
    public Industry? Industry { get; set; }

    /// <summary>Null when the competition is province-wide.</summary>
    public string? RegionCode { get; set; }
    public Region? Region { get; set; }
    public bool IsSample { get; set; }
    public List<CompetitionEntry> Entries { get; set; } = [];
}
