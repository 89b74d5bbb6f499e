using Dashboard.Data;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Shared.Data;

/// <summary>The summary tables' cells compared with the records grouped by the cells' dimensions, on any provider.</summary>
public static class SummaryCells
{
    private sealed record AchievementCell(int Year, AchievementCategory Category, StudioLevel Level, string? Region, string? Industry, bool IsSample, int Achievements, long SavingsYuan);

    private sealed record ParticipationRow(int EnterpriseId, int? Year, CompetitionLevel Level, bool IsSample, string Region, string Industry, bool AboveScale, int Entries, long Workers);

    private sealed record CraftsmanCell(string TierCode, string? Region, string? Industry, int? YearNamed, int? Batch, bool IsSample, int Craftsmen);

    public static async Task AssertAchievementCellsEqualRecordsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var grouped = (await db.InnovationAchievements
            .GroupBy(a => new { a.Year, a.Category, a.Studio!.Level, a.Studio.RegionCode, a.Studio.IndustryCode, a.IsSample })
            .Select(g => new { g.Key, Achievements = g.Count(), SavingsYuan = g.Sum(a => a.SavingsYuan) })
            .ToListAsync(cancellationToken))
            .Select(g => new AchievementCell(g.Key.Year, g.Key.Category, g.Key.Level, g.Key.RegionCode, g.Key.IndustryCode, g.Key.IsSample, g.Achievements, g.SavingsYuan));
        var cells = (await db.AchievementSummaries.ToListAsync(cancellationToken))
            .Select(c => new AchievementCell(c.Year, c.Category, c.StudioLevel, c.RegionCode, c.IndustryCode, c.IsSample, c.Achievements, c.SavingsYuan));

        Assert.Equal(Ordered(grouped), Ordered(cells));
    }

    public static async Task AssertCraftsmanCellsEqualRecordsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var grouped = (await db.Craftsmen
            .GroupBy(c => new { c.TierCode, c.RegionCode, c.IndustryCode, c.YearNamed, c.Batch, c.IsSample })
            .Select(g => new { g.Key, Craftsmen = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(g => new CraftsmanCell(g.Key.TierCode, g.Key.RegionCode, g.Key.IndustryCode, g.Key.YearNamed, g.Key.Batch, g.Key.IsSample, g.Craftsmen));
        var cells = (await db.CraftsmanSummaries.ToListAsync(cancellationToken))
            .Select(c => new CraftsmanCell(c.TierCode, c.RegionCode, c.IndustryCode, c.YearNamed, c.Batch, c.IsSample, c.Craftsmen));

        Assert.Equal(Ordered(grouped), Ordered(cells));
    }

    public static async Task AssertParticipationRowsEqualEntriesAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var grouped = (await db.CompetitionEntries
            .GroupBy(e => new
            {
                e.EnterpriseId, e.Competition!.Year, e.Competition.Level, IsSample = e.Competition.IsSample || e.Enterprise!.IsSample,
                e.Enterprise!.RegionCode, e.Enterprise.IndustryCode, e.Enterprise.IsAboveScale,
            })
            .Select(g => new { g.Key, Entries = g.Count(), Workers = g.Sum(e => (long)e.Workers) })
            .ToListAsync(cancellationToken))
            .Select(g => new ParticipationRow(g.Key.EnterpriseId, g.Key.Year, g.Key.Level, g.Key.IsSample, g.Key.RegionCode, g.Key.IndustryCode, g.Key.IsAboveScale, g.Entries, g.Workers));
        var rows = (await db.ParticipationSummaries.ToListAsync(cancellationToken))
            .Select(p => new ParticipationRow(p.EnterpriseId, p.Year, p.Level, p.IsSample, p.RegionCode, p.IndustryCode, p.IsAboveScale, p.Entries, p.Workers));

        Assert.Equal(Ordered(grouped), Ordered(rows));
    }

    // Records compare by value; ordered by their text, whatever order each provider groups in.
    private static List<T> Ordered<T>(IEnumerable<T> cells) => [.. cells.OrderBy(c => c!.ToString(), StringComparer.Ordinal)];
}
