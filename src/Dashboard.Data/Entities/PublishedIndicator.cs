namespace Dashboard.Data.Entities;

/// <summary>A figure as published, with its qualifier and where in the source it stands.</summary>
public sealed class PublishedIndicator
{
    public required string Code { get; set; }
    public DashboardArea Area { get; set; }
    public required string LabelZh { get; set; }
    public required string LabelEn { get; set; }
    public decimal Value { get; set; }

    /// <summary>The second number of a published pair such as "76 / 30" (oldest / youngest).</summary>
    public decimal? SecondValue { get; set; }
    public Qualifier Qualifier { get; set; }

    /// <summary>The unit as published, magnitude included ("亿元/年", "万条"); null when the figure has none.</summary>
    public string? Unit { get; set; }
    public string? UnitEn { get; set; }
    public string? PeriodZh { get; set; }
    public string? PeriodEn { get; set; }

    /// <summary>ISO date to the precision published ("2025-05", "2025-04-28"); null for yearly or ranged figures.</summary>
    public string? AsOf { get; set; }
    public required string SourceCode { get; set; }
    public Source? Source { get; set; }
    public required string Locator { get; set; }
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
}
