using Dashboard.Data;
using Dashboard.Data.Entities;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Shared;

/// <summary>Small record sets with hand-countable totals, shared by the page tests that read them.</summary>
public static class TestRecords
{
    /// <summary>
    /// Four above-scale railway enterprises in 成都; two provincial demonstration competitions in 2024
    /// (enterprises 1+2 with 10+20 workers, 2+3 with 5+7) and one in 2023 (enterprise 4, 3 workers); all sample.
    /// So 2024: 2 competitions, 3 of 4 enterprises (75%); 2023: 1 competition, 1 of 4 (25%); 45 workers in all.
    /// </summary>
    public static void AddCompetitionsWithEntries(DashboardDbContext db)
    {
        var enterprises = Enumerable.Range(1, 4)
            .Select(i => Enterprise($"示例企业 {i}", aboveScale: true, "510100", "railway", sample: true))
            .ToList();
        var first = Competition("示例竞赛 A", 2024, CompetitionLevel.ProvincialDemonstration, sample: true, Entry(enterprises[0], 10), Entry(enterprises[1], 20));
        var second = Competition("示例竞赛 B", 2024, CompetitionLevel.ProvincialDemonstration, sample: true, Entry(enterprises[1], 5), Entry(enterprises[2], 7));
        var older = Competition("示例竞赛 C", 2023, CompetitionLevel.ProvincialDemonstration, sample: true, Entry(enterprises[3], 3));
        db.AddRange(first, second, older);
    }
}
