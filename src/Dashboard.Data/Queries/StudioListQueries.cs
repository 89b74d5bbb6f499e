using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The 创新工作室 behind the 创新创效 charts and their achievements. Achievements and savings are counted
/// within the filter (its years, and without sample achievements when sample data is off).
/// </summary>
public sealed class StudioListQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    // Levels and categories are stored by name, so their declared order is spelt out for SQL.
    internal static readonly Expression<Func<InnovationStudio, int>> LevelRank = s =>
        s.Level == StudioLevel.National ? 0 : s.Level == StudioLevel.Provincial ? 1 : 2;

    private static readonly ListColumns<InnovationAchievement> s_achievementColumns = new ListColumns<InnovationAchievement>()
        .Text(nameof(AchievementRow.Title), a => a.Title)
        .Text(nameof(AchievementRow.StudioName), a => a.Studio!.Name)
        .Number(nameof(AchievementRow.Year), a => a.Year)
        .Sortable(nameof(AchievementRow.Category), a =>
            a.Category == AchievementCategory.FiveSmall ? 0 : a.Category == AchievementCategory.TechnicalInnovation ? 1 : 2)
        .Sortable(nameof(AchievementRow.RegionNameZh), a => a.Studio!.Region!.SortOrder)
        .Sortable(nameof(AchievementRow.IndustryNameZh), a => a.Studio!.Industry!.SortOrder)
        .Number(nameof(AchievementRow.SavingsYuan), a => a.SavingsYuan);

    private static readonly Expression<Func<InnovationAchievement, AchievementRow>> s_toAchievement = a => new AchievementRow(
        a.Id, a.Year, a.Category, a.Title, a.SavingsYuan, a.IsSample, a.StudioId, a.Studio!.Name,
        a.Studio.Region!.ShortNameZh, a.Studio.Region.NameEn, a.Studio.Industry!.NameZh, a.Studio.Industry.NameEn);

    /// <summary>Achievements by default: the latest first.</summary>
    private static readonly ListOrder<InnovationAchievement> s_achievementOrder =
        ListOrder<InnovationAchievement>.ByDescending(a => a.Year).ThenBy(a => a.Title);

    /// <summary>By default the widest level first, then by name.</summary>
    public async Task<PagedResult<StudioRow>> ListAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await List(db, filter).PageAsync(request, cancellationToken);
    }

    /// <summary>Every studio <see cref="ListAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<StudioRow> StreamAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => List(db, filter).Stream(request), cancellationToken);

    /// <summary>One studio, with all its achievements counted.</summary>
    public async Task<StudioRow?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InnovationStudios.Where(s => s.Id == id)
            .Select(ToRow(db.InnovationAchievements.Filter(DashboardFilter.WholeProvince, db.InnovationStudios)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The achievements within the filter (its studio level and category too), with their savings summed: what a
    /// savings or achievements bar counted. By default the latest first.
    /// </summary>
    public async Task<PagedResult<AchievementRow>> AchievementsAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The cells hold what the bar that opened the list counted and summed, without counting a province's records,
        // and they count it by year, the first key of the list's default order.
        var cells = db.AchievementSummaries.Filter(filter);
        return await PageAchievementsAsync(db.InnovationAchievements.Filter(filter, db.InnovationStudios), request, cancellationToken, new ListSummary(
            async token => new ListTotals(await cells.SumAsync(c => c.Achievements, token), await cells.SumAsync(c => c.SavingsYuan, token)),
            async token => (await cells.GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => new { Year = g.Key, Count = g.Sum(c => c.Achievements) })
                .ToListAsync(token)).Select(y => new FirstKeyCount(y.Year, y.Count)).ToList()));
    }

    /// <summary>A studio's achievements within the filter; by default the latest first.</summary>
    public async Task<PagedResult<AchievementRow>> AchievementsAsync(
        int studioId, DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PageAchievementsAsync(AchievementsOf(db, studioId, filter), request, cancellationToken);
    }

    /// <summary>Every achievement the list of achievements pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<AchievementRow> StreamAchievementsAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => StreamAchievements(db.InnovationAchievements.Filter(filter, db.InnovationStudios), request), cancellationToken);

    /// <summary>Every achievement a studio's list pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<AchievementRow> StreamAchievementsAsync(
        int studioId, DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => StreamAchievements(AchievementsOf(db, studioId, filter), request), cancellationToken);

    private static IQueryable<InnovationAchievement> AchievementsOf(DashboardDbContext db, int studioId, DashboardFilter filter)
        => db.InnovationAchievements.Filter(filter, db.InnovationStudios).Where(a => a.StudioId == studioId);

    private static IAsyncEnumerable<AchievementRow> StreamAchievements(IQueryable<InnovationAchievement> achievements, ListRequest request)
        => s_achievementColumns.Stream(achievements, request, s_achievementOrder, a => a.Id, s_toAchievement);

    private static Task<PagedResult<AchievementRow>> PageAchievementsAsync(
        IQueryable<InnovationAchievement> achievements, ListRequest request, CancellationToken cancellationToken, ListSummary? summary = null)
        => s_achievementColumns.PageAsync(achievements, request, s_achievementOrder, a => a.Id, s_toAchievement, cancellationToken, measure: a => a.SavingsYuan, summary);

    private static ListSource<InnovationStudio, StudioRow> List(DashboardDbContext db, DashboardFilter filter)
    {
        var achievements = db.InnovationAchievements.Filter(filter, db.InnovationStudios);
        return new(db.InnovationStudios.Filter(filter), Columns(achievements), ListOrder<InnovationStudio>.By(LevelRank).ThenBy(s => s.Name), s => s.Id, ToRow(achievements));
    }

    private static ListColumns<InnovationStudio> Columns(IQueryable<InnovationAchievement> achievements) => new ListColumns<InnovationStudio>()
        .Text(nameof(StudioRow.Name), s => s.Name)
        .Sortable(nameof(StudioRow.Level), LevelRank)
        .Sortable(nameof(StudioRow.IsCraftsmanLed), s => s.IsCraftsmanLed)
        .Text(nameof(StudioRow.LeadName), s => s.LeadCraftsman!.Name)
        .Sortable(nameof(StudioRow.RegionNameZh), s => s.Region!.SortOrder)
        .Sortable(nameof(StudioRow.IndustryNameZh), s => s.Industry!.SortOrder)
        .Number(nameof(StudioRow.FoundedYear), s => s.FoundedYear)
        .Number(nameof(StudioRow.Achievements), s => achievements.Count(a => a.StudioId == s.Id))
        .Number(nameof(StudioRow.SavingsYuan), s => achievements.Where(a => a.StudioId == s.Id).Sum(a => a.SavingsYuan));

    private static Expression<Func<InnovationStudio, StudioRow>> ToRow(IQueryable<InnovationAchievement> achievements) => s => new StudioRow(
        s.Id, s.Name, s.Level, s.IsCraftsmanLed, s.LeadCraftsmanId, s.LeadCraftsman!.Name,
        s.Region!.ShortNameZh, s.Region.NameEn, s.Industry!.NameZh, s.Industry.NameEn, s.FoundedYear,
        achievements.Count(a => a.StudioId == s.Id), achievements.Where(a => a.StudioId == s.Id).Sum(a => a.SavingsYuan), s.IsSample, s.Enterprise!.Name);
}

/// <param name="SavingsYuan">Money saved or created by the counted achievements, in whole 元.</param>
/// <param name="EnterpriseName">依托企业, the enterprise it is based in.</param>
public sealed record StudioRow(
    int Id, string Name, StudioLevel Level, bool IsCraftsmanLed, int? LeadId, string? LeadName,
    string? RegionNameZh, string? RegionNameEn, string? IndustryNameZh, string? IndustryNameEn, int? FoundedYear,
    int Achievements, long SavingsYuan, bool IsSample, string? EnterpriseName);

public sealed record AchievementRow(
    int Id, int Year, AchievementCategory Category, string Title, long SavingsYuan, bool IsSample, int StudioId, string StudioName,
    string? RegionNameZh, string? RegionNameEn, string? IndustryNameZh, string? IndustryNameEn);
