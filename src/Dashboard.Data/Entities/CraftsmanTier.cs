namespace Dashboard.Data.Entities;

/// <summary>A rung of the craftsman ladder; rank 1 (大国工匠) is the highest.</summary>
public sealed class CraftsmanTier
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int Rank { get; set; }
}
