namespace Dashboard.Data.Entities;

public sealed class Craftsman
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string TierCode { get; set; }
    public CraftsmanTier? Tier { get; set; }

    // Region, industry, employer and year may be unknown for a real person the source names without them.
    public string? RegionCode { get; set; }
    public Region? Region { get; set; }
    public string? IndustryCode { get; set; }
    public Industry? Industry { get; set; }
    public string? EmployerName { get; set; }
    public int? EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int? YearNamed { get; set; }

    /// <summary>The 届 of the selection, e.g. 1 for the first 四川工匠 batch of 2017.</summary>
    public int? Batch { get; set; }
    public bool IsSample { get; set; }
    public List<Honour> Honours { get; set; } = [];
}
