using Dashboard.Data;
using Dashboard.Data.Entities;

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
            .Select(i => new Enterprise { Name = $"示例企业 {i}", RegionCode = "510100", IndustryCode = "railway", IsAboveScale = true, IsSample = true })
            .ToList();
        var first = new Competition { Name = "示例竞赛 A", Year = 2024, Level = CompetitionLevel.ProvincialDemonstration, IsSample = true };
        var second = new Competition { Name = "示例竞赛 B", Year = 2024, Level = CompetitionLevel.ProvincialDemonstration, IsSample = true };
        var older = new Competition { Name = "示例竞赛 C", Year = 2023, Level = CompetitionLevel.ProvincialDemonstration, IsSample = true };
        first.Entries.AddRange([new() { Enterprise = enterprises[0], Workers = 10 }, new() { Enterprise = enterprises[1], Workers = 20 }]);
        second.Entries.AddRange([new() { Enterprise = enterprises[1], Workers = 5 }, new() { Enterprise = enterprises[2], Workers = 7 }]);
        older.Entries.Add(new() { Enterprise = enterprises[3], Workers = 3 });
        db.AddRange(first, second, older);
    }
}
