namespace Dashboard.Data.Entities;

public sealed class Craftsman
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string TierCode { get; set; }

    /// <summary>
    /// The tier's <see cref="CraftsmanTier.Rank"/>, kept beside its code: the 工匠名单's order (highest tier first) is
    /// then this table's own, and a page at any depth walks an index. The foreign key holds both, so the database
    /// refuses a rank that is not the tier's.
    /// </summary>
    public int TierRank { get; set; }
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
