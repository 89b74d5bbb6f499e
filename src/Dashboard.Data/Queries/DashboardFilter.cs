using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>
/// What a reader has narrowed the dashboards to. Every criterion is optional; the empty filter is the
/// whole province with sample records included. How each criterion applies to each kind of record is
/// written once, in <see cref="FilterScopes"/>.
/// </summary>
public sealed record DashboardFilter
{
    public static DashboardFilter WholeProvince { get; } = new();

    public int? FromYear { get; init; }
    public int? ToYear { get; init; }

    /// <summary>市州 codes (510100 …); empty means all.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Industry codes; empty means all.</summary>
    public IReadOnlyList<string> Industries { get; init; } = [];

    /// <summary>A craftsman tier code; applies to craftsmen only.</summary>
    public string? Tier { get; init; }

    /// <summary>Applies to competitions only.</summary>
    public CompetitionLevel? Level { get; init; }

    public bool IncludeSample { get; init; } = true;

    public bool IsWholeProvince => this == WholeProvince
        || (FromYear is null && ToYear is null && Regions.Count == 0 && Industries.Count == 0 && Tier is null && Level is null && IncludeSample);
}
