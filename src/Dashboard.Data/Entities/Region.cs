namespace Dashboard.Data.Entities;

/// <summary>A 市州 of Sichuan, keyed by its GB/T 2260 administrative division code (成都 510100).</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string ShortNameZh { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
}
