using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>One enterprise, reached from the competitions it entered.</summary>
public sealed class EnterpriseQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<EnterpriseDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id, e.Name, e.RegionCode, RegionNameZh = e.Region!.ShortNameZh, RegionNameEn = e.Region.NameEn,
                e.IndustryCode, IndustryNameZh = e.Industry!.NameZh, IndustryNameEn = e.Industry.NameEn,
                e.IsAboveScale, e.KeyEnterpriseYear, e.IsSample,
                Craftsmen = db.Craftsmen.Count(c => c.EnterpriseId == e.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return null;
        }
        var competitions = await db.CompetitionEntries.Where(e => e.EnterpriseId == id)
            .OrderBy(e => e.Competition!.Year == null).ThenByDescending(e => e.Competition!.Year).ThenBy(e => e.Competition!.Name)
            .Select(e => new EnteredCompetition(e.CompetitionId, e.Competition!.Name, e.Competition.Year, e.Competition.Level, e.Workers, e.Competition.IsSample))
            .ToListAsync(cancellationToken);
        return new EnterpriseDetail(
            enterprise.Id, enterprise.Name, enterprise.RegionCode, enterprise.RegionNameZh, enterprise.RegionNameEn,
            enterprise.IndustryCode, enterprise.IndustryNameZh, enterprise.IndustryNameEn,
            enterprise.IsAboveScale, enterprise.KeyEnterpriseYear, enterprise.IsSample, competitions, enterprise.Craftsmen);
    }
}

/// <param name="Workers">The enterprise's workers who took part.</param>
public sealed record EnteredCompetition(int Id, string Name, int? Year, CompetitionLevel Level, int Workers, bool IsSample);

/// <param name="Craftsmen">Craftsmen on record as employed there.</param>
public sealed record EnterpriseDetail(
    int Id, string Name, string RegionCode, string RegionNameZh, string RegionNameEn,
    string IndustryCode, string IndustryNameZh, string IndustryNameEn, bool IsAboveScale, int? KeyEnterpriseYear, bool IsSample,
    IReadOnlyList<EnteredCompetition> Competitions, int Craftsmen);
