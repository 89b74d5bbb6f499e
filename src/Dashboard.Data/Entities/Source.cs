namespace Dashboard.Data.Entities;

/// <summary>A publication that published figures are taken from.</summary>
public sealed class Source
{
    public required string Code { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public string? AuthorZh { get; set; }
    public string? OutletZh { get; set; }

    /// <summary>ISO date to the precision known, e.g. "2025-05".</summary>
    public string? PublishedOn { get; set; }
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
}
