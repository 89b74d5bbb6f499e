using Dashboard.Data.Entities;
using Dashboard.Data.Seeding;

namespace Dashboard.Tools.Generation;

/// <summary>
/// The province-scale settings, made from seeds/sample/settings.json. What the seed ties to a published figure stays as
/// it is: the 大国工匠, 培育对象 and 四川工匠 totals and batches, the 1000 key enterprises, the 93 honours, the 464
/// provincial studios (113 led by craftsmen) and their yearly achievements and savings, the staff innovation tallies and
/// the competition counts. The rest grows to the province counts, and never below the seed's. 市级工匠 cannot stay at
/// the published 4969 among 100,000 craftsmen: that tier takes the growth.
/// </summary>
internal static class ProvinceScale
{
    // The province in full (issue #10, "Large data").
    public const int Craftsmen = 100_000;
    public const int Enterprises = 15_000;
    public const int BelowProvincialStudios = 22_000;
    public const int BelowProvincialAchievements = 1_500_000;

    /// <summary>Ten years of competitions and achievements, ending with the seed's last year.</summary>
    public static readonly YearRange Years = new(2015, 2024);

    /// <summary>Savings of one achievement below provincial level, in 元: a proposal saves little, a technical innovation most.</summary>
    public static readonly IReadOnlyDictionary<AchievementCategory, SampleYuanRange> SavingsByCategory = new Dictionary<AchievementCategory, SampleYuanRange>
    {
        [AchievementCategory.RationalisationProposal] = new(200, 20_000),
        [AchievementCategory.FiveSmall] = new(2_000, 200_000),
        [AchievementCategory.TechnicalInnovation] = new(20_000, 1_000_000),
    };

    /// <param name="factor">1 for the province in full; tests ask for a fraction.</param>
    public static SampleSettings Apply(SampleSettings seed, double factor)
    {
        int Scaled(int full, int seedCount) => Math.Max(seedCount, (int)Math.Round(full * factor));

        var tiers = seed.Craftsmen.TierTotals;
        var otherTiers = tiers.Where(t => t.Key != "city").Sum(t => t.Value);
        var craftsmen = seed.Craftsmen with
        {
            TierTotals = tiers.ToDictionary(t => t.Key, t => t.Key == "city" ? Scaled(Craftsmen, tiers.Values.Sum()) - otherTiers : t.Value),
        };

        var enterpriseTotal = Scaled(Enterprises, seed.Enterprises.Total);
        var enterprises = seed.Enterprises with
        {
            Total = enterpriseTotal,
            AboveScale = (int)((long)enterpriseTotal * seed.Enterprises.AboveScale / seed.Enterprises.Total),
        };

        // Years before the seed's first repeat its counts and participation; more enterprises make more entries.
        var competitionYears = seed.Competitions.Years.ToDictionary(y => y.Year);
        var firstYear = seed.Competitions.Years.MinBy(y => y.Year)!;
        var competitions = seed.Competitions with
        {
            Years = Years.Years.Select(year => competitionYears.GetValueOrDefault(year) ?? firstYear with { Year = year }).ToList(),
            BelowScaleEntriesPerYear = Scaled(seed.Competitions.BelowScaleEntriesPerYear * Enterprises / seed.Enterprises.Total, seed.Competitions.BelowScaleEntriesPerYear),
        };

        return seed with
        {
            Craftsmen = craftsmen,
            Enterprises = enterprises,
            Competitions = competitions,
            Studios = seed.Studios with { BelowProvincial = Scaled(BelowProvincialStudios, seed.Studios.BelowProvincial) },
            Achievements = seed.Achievements with
            {
                BelowProvincial = new SampleBelowProvincialAchievements(Years, (int)Math.Round(BelowProvincialAchievements * factor), SavingsByCategory),
            },
        };
    }
}
