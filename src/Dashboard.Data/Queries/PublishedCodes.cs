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

    public const string ProvincialDemonstrationCompetitionsPerYear = "C1";
    public const string AboveScaleParticipation = "C2";
    public const string ProvincialStudios = "I1";
    public const string CraftsmanLedStudios = "I2";
    public const string StudioSavingsPerYear = "I5";
    public const string ProvincialStudiosBuilt = "I9";
}
