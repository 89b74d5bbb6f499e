using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>A 市州 or industry a dashboard groups by, with the names it is shown under.</summary>
internal sealed record ReferenceGroup(string Key, string NameZh, string NameEn);

/// <summary>The reference lists in their published order (SortOrder), as groups; 市州 go by their short names (成都, 阿坝州) to fit an axis.</summary>
internal static class ReferenceGroups
{
    /// <summary>The 市州 a context's records may belong to: one for a reader bound to it, so a chart draws no empty bars for the others.</summary>
    public static Task<List<ReferenceGroup>> RegionsAsync(DashboardDbContext db, CancellationToken cancellationToken)
        => db.Regions.Where(r => db.RegionScope == null || r.Code == db.RegionScope).OrderBy(r => r.SortOrder).Select(r => new ReferenceGroup(r.Code, r.ShortNameZh, r.NameEn)).ToListAsync(cancellationToken);

    public static Task<List<ReferenceGroup>> IndustriesAsync(DashboardDbContext db, CancellationToken cancellationToken)
        => db.Industries.OrderBy(i => i.SortOrder).Select(i => new ReferenceGroup(i.Code, i.NameZh, i.NameEn)).ToListAsync(cancellationToken);
}
