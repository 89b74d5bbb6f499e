namespace Dashboard.Data.Entities;

/// <summary>
/// One enterprise's competition entries counted, and their workers summed, per year × level × sample, with the
/// enterprise's 市州, industry and size beside them: the 竞赛 dashboard and the overview read these rows instead of
/// joining every entry to its competition and its enterprise. Enterprises are counted distinct per year and per
/// 市州 or industry, so the rows stay one per enterprise rather than summed away. Kept equal to the records by
/// triggers, in the transaction of whatever wrote them, as <see cref="AchievementSummary"/> is.
/// </summary>
public sealed class ParticipationSummary
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }

    /// <summary>The competition's year; null for a standing programme named without one.</summary>
    public int? Year { get; set; }

    public CompetitionLevel Level { get; set; }

    /// <summary>Entries where the competition or the enterprise is sample data, as the sample filter leaves them out.</summary>
    public bool IsSample { get; set; }

    public required string RegionCode { get; set; }
    public required string IndustryCode { get; set; }
    public bool IsAboveScale { get; set; }
    public int Entries { get; set; }
    public long Workers { get; set; }
}
