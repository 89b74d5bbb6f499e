namespace Dashboard.Data.Entities;

/// <summary>An honour such as 全国劳动模范; the recipient need not be a listed craftsman.</summary>
public sealed class Honour
{
    public int Id { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public int? Year { get; set; }
    public required string RecipientName { get; set; }
    public int? CraftsmanId { get; set; }
    public Craftsman? Craftsman { get; set; }
    public string? RegionCode { get; set; }
    public Region? Region { get; set; }
    public bool IsSample { get; set; }
}
