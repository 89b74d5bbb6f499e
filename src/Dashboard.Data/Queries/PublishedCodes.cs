namespace Dashboard.Data.Queries;

/// <summary>Which published indicator states the figure a query computes from records.</summary>
internal static class PublishedCodes
{
    public static readonly IReadOnlyDictionary<string, string> TierHeadcount = new Dictionary<string, string>
    {
        ["national"] = "T1",
        ["national-candidate"] = "T2",
        ["provincial"] = "T3",
        ["city"] = "T4",
    };

    /// <summary>The published size of a 四川工匠 batch, by the year it was named; the other batches' sizes are not published.</summary>
    public static readonly IReadOnlyDictionary<int, string> ProvincialBatchByYear = new Dictionary<int, string>
    {
        [2017] = "T5",
        [2024] = "T6",
    };

    public static readonly IReadOnlyDictionary<(string TitleZh, int Year), string> Honours = new Dictionary<(string TitleZh, int Year), string>
    {
        [("全国劳动模范和先进工作者", 2025)] = "T16",
    };

    public const string ProvincialDemonstrationCompetitionsPerYear = "C1";
    public const string AboveScaleParticipation = "C2";

    /// <summary>The 职工创新大会 results of February 2023: 五小 units, teams and achievements.</summary>
    public static readonly IReadOnlyList<string> ConferenceResults = ["C3", "C4", "C5"];

    public const string ProvincialStudios = "I1";
    public const string CraftsmanLedStudios = "I2";
    public const string CraftsmanLedShare = "I3";
    public const string StudioSavingsPerYear = "I5";
    public const string RationalisationProposals = "I6";
    public const string TechnicalInnovations = "I7";
    public const string ProvincialStudiosBuilt = "I9";
    public const string BelowProvincialStudios = "I10";
}
