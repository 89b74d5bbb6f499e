namespace Dashboard.Data.Entities;

/// <summary>An industry as the federation names it, mapped to GB/T 4754-2017 where one section fits.</summary>
public sealed class Industry
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public bool IsAdvantageIndustry { get; set; }
    public string? GbSection { get; set; }
    public string? GbDivisions { get; set; }
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
    public int SortOrder { get; set; }
}
