using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>
/// How a <see cref="DashboardFilter"/> narrows each kind of record, in SQL. Years are the year a record
/// belongs to (named, held, achieved, tallied; a studio counts from its founding year). Competitions and
/// entries follow the 市州 and industry of the enterprises taking part.
/// </summary>
internal static class FilterScopes
{
    public static IQueryable<Craftsman> Filter(this IQueryable<Craftsman> craftsmen, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            craftsmen = craftsmen.Where(c => c.YearNamed >= from);
        }
        if (filter.ToYear is { } to)
        {
            craftsmen = craftsmen.Where(c => c.YearNamed <= to);
        }
        if (filter.Regions.Count > 0)
        {
            craftsmen = craftsmen.Where(c => c.RegionCode != null && filter.Regions.Contains(c.RegionCode));
        }
        if (filter.Industries.Count > 0)
        {
            craftsmen = craftsmen.Where(c => c.IndustryCode != null && filter.Industries.Contains(c.IndustryCode));
        }
        if (filter.Tier is { } tier)
        {
            craftsmen = craftsmen.Where(c => c.TierCode == tier);
        }
        return filter.IncludeSample ? craftsmen : craftsmen.Where(c => !c.IsSample);
    }

    public static IQueryable<Honour> Filter(this IQueryable<Honour> honours, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            honours = honours.Where(h => h.Year >= from);
        }
        if (filter.ToYear is { } to)
        {
            honours = honours.Where(h => h.Year <= to);
        }
        if (filter.Regions.Count > 0)
        {
            honours = honours.Where(h => h.RegionCode != null && filter.Regions.Contains(h.RegionCode));
        }
        return filter.IncludeSample ? honours : honours.Where(h => !h.IsSample);
    }

    public static IQueryable<Enterprise> Filter(this IQueryable<Enterprise> enterprises, DashboardFilter filter)
    {
        if (filter.Regions.Count > 0)
        {
            enterprises = enterprises.Where(e => filter.Regions.Contains(e.RegionCode));
        }
        if (filter.Industries.Count > 0)
        {
            enterprises = enterprises.Where(e => filter.Industries.Contains(e.IndustryCode));
        }
        return filter.IncludeSample ? enterprises : enterprises.Where(e => !e.IsSample);
    }

    public static IQueryable<Competition> Filter(this IQueryable<Competition> competitions, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            competitions = competitions.Where(c => c.Year >= from);
        }
        if (filter.ToYear is { } to)
        {
            competitions = competitions.Where(c => c.Year <= to);
        }
        if (filter.Level is { } level)
        {
            competitions = competitions.Where(c => c.Level == level);
        }
        if (filter.Regions.Count > 0 || filter.Industries.Count > 0)
        {
            competitions = competitions.Where(c => c.Entries.Any(e =>
                (filter.Regions.Count == 0 || filter.Regions.Contains(e.Enterprise!.RegionCode))
                && (filter.Industries.Count == 0 || filter.Industries.Contains(e.Enterprise!.IndustryCode))));
        }
        return filter.IncludeSample ? competitions : competitions.Where(c => !c.IsSample);
    }

    public static IQueryable<CompetitionEntry> Filter(this IQueryable<CompetitionEntry> entries, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            entries = entries.Where(e => e.Competition!.Year >= from);
        }
        if (filter.ToYear is { } to)
        {
            entries = entries.Where(e => e.Competition!.Year <= to);
        }
        if (filter.Level is { } level)
        {
            entries = entries.Where(e => e.Competition!.Level == level);
        }
        if (filter.Regions.Count > 0)
        {
            entries = entries.Where(e => filter.Regions.Contains(e.Enterprise!.RegionCode));
        }
        if (filter.Industries.Count > 0)
        {
            entries = entries.Where(e => filter.Industries.Contains(e.Enterprise!.IndustryCode));
        }
        return filter.IncludeSample ? entries : entries.Where(e => !e.Competition!.IsSample && !e.Enterprise!.IsSample);
    }

    public static IQueryable<InnovationStudio> Filter(this IQueryable<InnovationStudio> studios, DashboardFilter filter)
    {
        if (filter.ToYear is { } to)
        {
            studios = studios.Where(s => s.FoundedYear == null || s.FoundedYear <= to);
        }
        if (filter.Regions.Count > 0)
        {
            studios = studios.Where(s => s.RegionCode != null && filter.Regions.Contains(s.RegionCode));
        }
        if (filter.Industries.Count > 0)
        {
            studios = studios.Where(s => s.IndustryCode != null && filter.Industries.Contains(s.IndustryCode));
        }
        return filter.IncludeSample ? studios : studios.Where(s => !s.IsSample);
    }

    public static IQueryable<InnovationAchievement> Filter(this IQueryable<InnovationAchievement> achievements, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            achievements = achievements.Where(a => a.Year >= from);
        }
        if (filter.ToYear is { } to)
        {
            achievements = achievements.Where(a => a.Year <= to);
        }
        if (filter.Regions.Count > 0)
        {
            achievements = achievements.Where(a => a.Studio!.RegionCode != null && filter.Regions.Contains(a.Studio.RegionCode));
        }
        if (filter.Industries.Count > 0)
        {
            achievements = achievements.Where(a => a.Studio!.IndustryCode != null && filter.Industries.Contains(a.Studio.IndustryCode));
        }
        return filter.IncludeSample ? achievements : achievements.Where(a => !a.IsSample);
    }

    /// <summary>Tallies are kept per 市州 only, so an industry filter does not narrow them.</summary>
    public static IQueryable<StaffInnovationTally> Filter(this IQueryable<StaffInnovationTally> tallies, DashboardFilter filter)
    {
        if (filter.FromYear is { } from)
        {
            tallies = tallies.Where(t => t.Year >= from);
        }
        if (filter.ToYear is { } to)
        {
            tallies = tallies.Where(t => t.Year <= to);
        }
        if (filter.Regions.Count > 0)
        {
            tallies = tallies.Where(t => filter.Regions.Contains(t.RegionCode));
        }
        return filter.IncludeSample ? tallies : tallies.Where(t => !t.IsSample);
    }
}
