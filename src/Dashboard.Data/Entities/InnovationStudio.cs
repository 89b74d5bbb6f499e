namespace Dashboard.Data.Entities;

/// <summary>A 劳模和工匠人才创新工作室.</summary>
public sealed class InnovationStudio
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public StudioLevel Level { get; set; }
    public bool IsCraftsmanLed { get; set; }
    public int? LeadCraftsmanId { get; set; }
    public Craftsman? LeadCraftsman { get; set; }
    public string? RegionCode { get; set; }
    public Region? Region { get; set; }
    public string? IndustryCode { get; set; }
    public Industry? Industry { get; set; }
    public int? FoundedYear { get; set; }
    public int? EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public bool IsSample { get; set; }
    public List<InnovationAchievement> Achievements { get; set; } = [];
}
