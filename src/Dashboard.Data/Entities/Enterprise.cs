namespace Dashboard.Data.Entities;

public sealed class Enterprise
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    public required string IndustryCode { get; set; }
    public Industry? Industry { get; set; }

    /// <summary>规模以上企业: the base of the participation share.</summary>
    public bool IsAboveScale { get; set; }

    /// <summary>The year of the 千企行动 batch that chose it as a key enterprise, if any.</summary>
    public int? KeyEnterpriseYear { get; set; }
    public bool IsSample { get; set; }
}
