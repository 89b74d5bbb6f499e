using System.Linq.Expressions;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>
/// How a <see cref="DashboardFilter"/> narrows each kind of record, in SQL. Years are the year a record
/// belongs to (named, held, achieved, tallied; a studio counts from its founding year). Competitions and
/// entries follow the 市州 and industry of the enterprises taking part. A chart and the list it drills to
/// call the same scope, so the list holds exactly the records the chart counted.
/// </summary>
internal static class FilterScopes
{
    public static IQueryable<Craftsman> Filter(this IQueryable<Craftsman> craftsmen, DashboardFilter filter) => craftsmen
        .InYears(filter, c => c.YearNamed)
        .WhereAny(filter.Regions, codes => c => c.RegionCode != null && codes.Contains(c.RegionCode))
        .WhereAny(filter.Industries, codes => c => c.IndustryCode != null && codes.Contains(c.IndustryCode))
        .WhereSome(filter.Tier, tier => c => c.TierCode == tier)
        .WhereSome(filter.Batch, batch => c => c.Batch == batch)
        .WhereIf(!filter.IncludeSample, c => !c.IsSample);

    /// <summary>The craftsman cells, narrowed as the craftsmen they count are: summed, they give what those craftsmen give.</summary>
    public static IQueryable<CraftsmanSummary> Filter(this IQueryable<CraftsmanSummary> cells, DashboardFilter filter) => cells
        .InYears(filter, c => c.YearNamed)
        .WhereAny(filter.Regions, codes => c => c.RegionCode != null && codes.Contains(c.RegionCode))
        .WhereAny(filter.Industries, codes => c => c.IndustryCode != null && codes.Contains(c.IndustryCode))
        .WhereSome(filter.Tier, tier => c => c.TierCode == tier)
        .WhereSome(filter.Batch, batch => c => c.Batch == batch)
        .WhereIf(!filter.IncludeSample, c => !c.IsSample);

    /// <summary>Honours are kept per 市州 only, so an industry filter does not narrow them.</summary>
    public static IQueryable<Honour> Filter(this IQueryable<Honour> honours, DashboardFilter filter) => honours
        .InYears(filter, h => h.Year)
        .WhereAny(filter.Regions, codes => h => h.RegionCode != null && codes.Contains(h.RegionCode))
        .WhereSome(filter.Honour, title => h => h.TitleZh == title)
        .WhereIf(!filter.IncludeSample, h => !h.IsSample);

    public static IQueryable<Enterprise> Filter(this IQueryable<Enterprise> enterprises, DashboardFilter filter) => enterprises
        .WhereAny(filter.Regions, codes => e => codes.Contains(e.RegionCode))
        .WhereAny(filter.Industries, codes => e => codes.Contains(e.IndustryCode))
        .WhereSome(filter.AboveScale, above => e => e.IsAboveScale == above)
        .WhereIf(!filter.IncludeSample, e => !e.IsSample);

    public static IQueryable<Competition> Filter(this IQueryable<Competition> competitions, DashboardFilter filter)
    {
        competitions = competitions
            .InYears(filter, c => c.Year)
            .WhereSome(filter.Level, level => c => c.Level == level)
            .WhereIf(!filter.IncludeSample, c => !c.IsSample);
        if (filter.Regions.Count == 0 && filter.Industries.Count == 0 && filter.AboveScale is null)
        {
            return competitions;
        }
        var regions = filter.Regions;
        var industries = filter.Industries;
        var above = filter.AboveScale;
        return competitions.Where(c => c.Entries.Any(e =>
            (regions.Count == 0 || regions.Contains(e.Enterprise!.RegionCode))
            && (industries.Count == 0 || industries.Contains(e.Enterprise!.IndustryCode))
            && (above == null || e.Enterprise!.IsAboveScale == above)));
    }

    public static IQueryable<CompetitionEntry> Filter(this IQueryable<CompetitionEntry> entries, DashboardFilter filter) => entries
        .InYears(filter, e => e.Competition!.Year)
        .WhereSome(filter.Level, level => e => e.Competition!.Level == level)
        .WhereAny(filter.Regions, codes => e => codes.Contains(e.Enterprise!.RegionCode))
        .WhereAny(filter.Industries, codes => e => codes.Contains(e.Enterprise!.IndustryCode))
        .WhereSome(filter.AboveScale, above => e => e.Enterprise!.IsAboveScale == above)
        .WhereIf(!filter.IncludeSample, e => !e.Competition!.IsSample && !e.Enterprise!.IsSample);

    /// <summary>The participation rows, narrowed as the entries they count are (a row holds its enterprise's 市州, industry and size).</summary>
    public static IQueryable<ParticipationSummary> Filter(this IQueryable<ParticipationSummary> rows, DashboardFilter filter) => rows
        .InYears(filter, p => p.Year)
        .WhereSome(filter.Level, level => p => p.Level == level)
        .WhereAny(filter.Regions, codes => p => codes.Contains(p.RegionCode))
        .WhereAny(filter.Industries, codes => p => codes.Contains(p.IndustryCode))
        .WhereSome(filter.AboveScale, above => p => p.IsAboveScale == above)
        .WhereIf(!filter.IncludeSample, p => !p.IsSample);

    /// <summary>A studio counts from its founding year on, so only the end of the range narrows studios.</summary>
    public static IQueryable<InnovationStudio> Filter(this IQueryable<InnovationStudio> studios, DashboardFilter filter) => studios
        .WhereSome(filter.ToYear, to => s => s.FoundedYear == null || s.FoundedYear <= to)
        .WhereAny(filter.Regions, codes => s => s.RegionCode != null && codes.Contains(s.RegionCode))
        .WhereAny(filter.Industries, codes => s => s.IndustryCode != null && codes.Contains(s.IndustryCode))
        .WhereSome(filter.StudioLevel, level => s => s.Level == level)
        .WhereSome(filter.CraftsmanLed, led => s => s.IsCraftsmanLed == led)
        .WhereIf(!filter.IncludeSample, s => !s.IsSample);

    /// <summary>
    /// An achievement's 市州, industry and level are its studio's. They are asked as "its studio is one of these" rather
    /// than joined: a list then walks the achievements' index in its order and stops at its page, where a join led
    /// SQLite from the 市州's studios to all their achievements and a sort of them all for every page.
    /// </summary>
    public static IQueryable<InnovationAchievement> Filter(
        this IQueryable<InnovationAchievement> achievements, DashboardFilter filter, IQueryable<InnovationStudio> studios)
    {
        var studiosInFilter = studios
            .WhereAny(filter.Regions, codes => s => s.RegionCode != null && codes.Contains(s.RegionCode))
            .WhereAny(filter.Industries, codes => s => s.IndustryCode != null && codes.Contains(s.IndustryCode))
            .WhereSome(filter.StudioLevel, level => s => s.Level == level);
        return achievements
            .InYears(filter, a => a.Year)
            .WhereIf(!ReferenceEquals(studiosInFilter, studios), a => studiosInFilter.Any(s => s.Id == a.StudioId))
            .WhereSome(filter.Category, category => a => a.Category == category)
            .WhereIf(!filter.IncludeSample, a => !a.IsSample);
    }

    /// <summary>
    /// The achievement cells, narrowed as the achievements they count are (a cell holds its studio's level, 市州 and
    /// industry): summed, they give what the achievements under the same filter give.
    /// </summary>
    public static IQueryable<AchievementSummary> Filter(this IQueryable<AchievementSummary> cells, DashboardFilter filter) => cells
        .InYears(filter, c => c.Year)
        .WhereAny(filter.Regions, codes => c => c.RegionCode != null && codes.Contains(c.RegionCode))
        .WhereAny(filter.Industries, codes => c => c.IndustryCode != null && codes.Contains(c.IndustryCode))
        .WhereSome(filter.StudioLevel, level => c => c.StudioLevel == level)
        .WhereSome(filter.Category, category => c => c.Category == category)
        .WhereIf(!filter.IncludeSample, c => !c.IsSample);

    /// <summary>Tallies are kept per 市州 only, so an industry filter does not narrow them.</summary>
    public static IQueryable<StaffInnovationTally> Filter(this IQueryable<StaffInnovationTally> tallies, DashboardFilter filter) => tallies
        .InYears(filter, t => t.Year)
        .WhereAny(filter.Regions, codes => t => codes.Contains(t.RegionCode))
        .WhereSome(filter.Category, category => t => t.Category == category)
        .WhereIf(!filter.IncludeSample, t => !t.IsSample);

    /// <summary>The filter's year range, or only records of no stated year when the filter asks for those.</summary>
    private static IQueryable<T> InYears<T>(this IQueryable<T> query, DashboardFilter filter, Expression<Func<T, int?>> year)
    {
        if (filter.YearUnknown)
        {
            return query.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(year.Body, Expression.Constant(null, typeof(int?))), year.Parameters));
        }
        int? from = filter.FromYear, to = filter.ToYear;
        // Compared with captured variables rather than constants, so EF sends them as SQL parameters.
        Expression<Func<int?>> fromValue = () => from, toValue = () => to;
        if (from is not null)
        {
            query = query.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThanOrEqual(year.Body, fromValue.Body), year.Parameters));
        }
        if (to is not null)
        {
            query = query.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThanOrEqual(year.Body, toValue.Body), year.Parameters));
        }
        return query;
    }

    private static IQueryable<T> WhereIf<T>(this IQueryable<T> query, bool condition, Expression<Func<T, bool>> predicate)
        => condition ? query.Where(predicate) : query;

    private static IQueryable<T> WhereSome<T, TValue>(this IQueryable<T> query, TValue? value, Func<TValue, Expression<Func<T, bool>>> predicate)
        where TValue : struct
        => value is { } some ? query.Where(predicate(some)) : query;

    private static IQueryable<T> WhereSome<T>(this IQueryable<T> query, string? value, Func<string, Expression<Func<T, bool>>> predicate)
        => value is { } some ? query.Where(predicate(some)) : query;

    private static IQueryable<T> WhereAny<T>(this IQueryable<T> query, IReadOnlyList<string> codes, Func<IReadOnlyList<string>, Expression<Func<T, bool>>> predicate)
        => codes.Count > 0 ? query.Where(predicate(codes)) : query;
}
