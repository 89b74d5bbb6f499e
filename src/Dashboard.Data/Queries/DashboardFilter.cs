using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>
/// What a reader has narrowed the dashboards to. Every criterion is optional; the empty filter is the
/// whole province with sample records included. How each criterion applies to each kind of record is
/// written once, in <see cref="FilterScopes"/>.
/// </summary>
/// <remarks>
/// The drill criteria (batch, studio level, category, craftsman-led, above-scale, honour, year unknown) are
/// set by a click on a chart, not in the filter bar: with them a list holds exactly the records that one
/// bar counted. The dashboards themselves read only <see cref="WithoutDrill"/>.
/// </remarks>
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

    /// <summary>The 届 of a 四川工匠 selection.</summary>
    public int? Batch { get; init; }

    /// <summary>A studio's level; for achievements, the level of their studio.</summary>
    public StudioLevel? StudioLevel { get; init; }

    public AchievementCategory? Category { get; init; }

    /// <summary>Studios led, or not led, by a craftsman.</summary>
    public bool? CraftsmanLed { get; init; }

    /// <summary>Enterprises above designated size (规上), or below; for entries and competitions, their enterprises.</summary>
    public bool? AboveScale { get; init; }

    /// <summary>An honour's Chinese title, as the honours chart groups them.</summary>
    public string? Honour { get; init; }

    /// <summary>Only records whose year the source does not state (年份未载明).</summary>
    public bool YearUnknown { get; init; }

    public bool HasDrill => Batch is not null || StudioLevel is not null || Category is not null || CraftsmanLed is not null
        || AboveScale is not null || Honour is not null || YearUnknown;

    /// <summary>The reader's own filter: what the dashboards and the filter bar show.</summary>
    public DashboardFilter WithoutDrill() => HasDrill
        ? this with { Batch = null, StudioLevel = null, Category = null, CraftsmanLed = null, AboveScale = null, Honour = null, YearUnknown = false }
        : this;

    public bool IsWholeProvince => this == WholeProvince
        || (FromYear is null && ToYear is null && Regions.Count == 0 && Industries.Count == 0 && Tier is null && Level is null && IncludeSample && !HasDrill);
}
