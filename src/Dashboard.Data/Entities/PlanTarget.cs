namespace Dashboard.Data.Entities;

/// <summary>A goal the dashboards measure against, such as the 百千万 plan or ≥30 competitions a year.</summary>
public sealed class PlanTarget
{
    public required string Code { get; set; }
    public DashboardArea Area { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public decimal Value { get; set; }
    public Qualifier Qualifier { get; set; }
    public string? Unit { get; set; }
    public string? UnitEn { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }

    /// <summary>True when the target applies to each year rather than to the whole period.</summary>
    public bool PerYear { get; set; }
    public string? TierCode { get; set; }
    public CraftsmanTier? Tier { get; set; }
    public string? IndicatorCode { get; set; }
    public PublishedIndicator? Indicator { get; set; }
}
