namespace Dashboard.Data.Entities;

/// <summary>How a published figure relates to its value: "超200亿元" is MoreThan, "不少于1000人" is AtLeast.</summary>
public enum Qualifier
{
    Exact,
    MoreThan,
    AtLeast,
}

public enum DashboardArea
{
    Tiers,
    Competitions,
    Innovation,
}

/// <summary>Ordered from the widest reach down.</summary>
public enum CompetitionLevel
{
    National,
    ProvincialDemonstration,
    Provincial,
    City,
}

public enum StudioLevel
{
    National,
    Provincial,
    BelowProvincial,
}

public enum AchievementCategory
{
    FiveSmall,
    TechnicalInnovation,
    RationalisationProposal,
}
