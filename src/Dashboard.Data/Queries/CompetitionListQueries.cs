using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The competitions behind the 竞赛 charts and the enterprises taking part. Enterprises and workers are
/// counted over the entries whose enterprise is within the filter's 市州, industries and sample choice,
/// so a competition's count equals the rows of its participants list under the same filter.
/// </summary>
public sealed class CompetitionListQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    // Levels are stored by name, so the widest-reach-first order is spelt out for SQL.
    private static readonly Expression<Func<Competition, int>> s_levelRank = c =>
        c.Level == CompetitionLevel.National ? 0
        : c.Level == CompetitionLevel.ProvincialDemonstration ? 1
        : c.Level == CompetitionLevel.Provincial ? 2 : 3;

    private static readonly ListColumns<CompetitionEntry> s_participantColumns = new ListColumns<CompetitionEntry>()
        .Text(nameof(ParticipantRow.Name), e => e.Enterprise!.Name)
        .Sortable(nameof(ParticipantRow.RegionNameZh), e => e.Enterprise!.Region!.SortOrder)
        .Sortable(nameof(ParticipantRow.IndustryNameZh), e => e.Enterprise!.Industry!.SortOrder)
        .Sortable(nameof(ParticipantRow.IsAboveScale), e => e.Enterprise!.IsAboveScale)
        .Number(nameof(ParticipantRow.Workers), e => e.Workers);

    private static readonly Expression<Func<CompetitionEntry, ParticipantRow>> s_toParticipant = e => new ParticipantRow(
        e.EnterpriseId, e.Enterprise!.Name, e.Enterprise.Region!.ShortNameZh, e.Enterprise.Region.NameEn,
        e.Enterprise.Industry!.NameZh, e.Enterprise.Industry.NameEn, e.Enterprise.IsAboveScale, e.Workers, e.Enterprise.IsSample);

    /// <summary>Participants by default: the most workers first.</summary>
    private static readonly ListOrder<CompetitionEntry> s_participantOrder =
        ListOrder<CompetitionEntry>.ByDescending(e => e.Workers).ThenBy(e => e.Enterprise!.Name);

    /// <summary>By default the latest year first, then by level from the widest reach down.</summary>
    public async Task<PagedResult<CompetitionRow>> ListAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await List(db, filter).PageAsync(request, cancellationToken);
    }

    /// <summary>Every competition <see cref="ListAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<CompetitionRow> StreamAsync(DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(db => List(db, filter).Stream(request), cancellationToken);

    /// <summary>One competition, its enterprises and workers counted over all its entries.</summary>
    public async Task<CompetitionRow?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Competitions.Where(c => c.Id == id)
            .Select(ToRow(EntriesInScope(db, DashboardFilter.WholeProvince)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The enterprises taking part, within the filter's 市州, industries and sample choice; by default the most workers first.</summary>
    public async Task<PagedResult<ParticipantRow>> ParticipantsAsync(
        int competitionId, DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await s_participantColumns.PageAsync(
            Participants(db, competitionId, filter), request, s_participantOrder, e => e.EnterpriseId, s_toParticipant, cancellationToken);
    }

    /// <summary>Every participant <see cref="ParticipantsAsync"/> pages through, in its order, one row at a time: a list's export.</summary>
    public IAsyncEnumerable<ParticipantRow> StreamParticipantsAsync(
        int competitionId, DashboardFilter filter, ListRequest request, CancellationToken cancellationToken = default)
        => dbFactory.StreamAsync(
            db => s_participantColumns.Stream(Participants(db, competitionId, filter), request, s_participantOrder, e => e.EnterpriseId, s_toParticipant),
            cancellationToken);

    private static IQueryable<CompetitionEntry> Participants(DashboardDbContext db, int competitionId, DashboardFilter filter)
        => EntriesInScope(db, filter).Where(e => e.CompetitionId == competitionId);

    private static ListSource<Competition, CompetitionRow> List(DashboardDbContext db, DashboardFilter filter)
    {
        var entries = EntriesInScope(db, filter);
        return new(db.Competitions.Filter(filter), Columns(entries),
            ListOrder<Competition>.By(c => c.Year == null).ThenByDescending(c => c.Year).ThenBy(s_levelRank).ThenBy(c => c.Name),
            c => c.Id, ToRow(entries));
    }

    private static IQueryable<CompetitionEntry> EntriesInScope(DashboardDbContext db, DashboardFilter filter)
    {
        var enterprises = db.Enterprises.Filter(filter);
        return db.CompetitionEntries.Where(e => enterprises.Any(x => x.Id == e.EnterpriseId));
    }

    private static ListColumns<Competition> Columns(IQueryable<CompetitionEntry> entries) => new ListColumns<Competition>()
        .Text(nameof(CompetitionRow.Name), c => c.Name)
        .Number(nameof(CompetitionRow.Year), c => c.Year)
        .Sortable(nameof(CompetitionRow.Level), s_levelRank)
        .Sortable(nameof(CompetitionRow.ThemeZh), c => c.ThemeZh)
        .Sortable(nameof(CompetitionRow.IndustryNameZh), c => c.Industry!.SortOrder)
        .Sortable(nameof(CompetitionRow.RegionNameZh), c => c.Region!.SortOrder)
        .Number(nameof(CompetitionRow.Enterprises), c => entries.Count(e => e.CompetitionId == c.Id))
        .Number(nameof(CompetitionRow.Workers), c => entries.Where(e => e.CompetitionId == c.Id).Sum(e => e.Workers));

    private static Expression<Func<Competition, CompetitionRow>> ToRow(IQueryable<CompetitionEntry> entries) => c => new CompetitionRow(
        c.Id, c.Name, c.Year, c.Level, c.ThemeZh, c.Industry!.NameZh, c.Industry.NameEn, c.Region!.ShortNameZh, c.Region.NameEn,
        entries.Count(e => e.CompetitionId == c.Id), entries.Where(e => e.CompetitionId == c.Id).Sum(e => e.Workers), c.IsSample);
}

/// <param name="IndustryNameZh">Null when the competition spans industries.</param>
/// <param name="RegionNameZh">The 市州's short name; null when the competition is province-wide.</param>
/// <param name="Enterprises">Enterprises taking part.</param>
/// <param name="Workers">Workers taking part, summed over those enterprises.</param>
public sealed record CompetitionRow(
    int Id, string Name, int? Year, CompetitionLevel Level, string? ThemeZh,
    string? IndustryNameZh, string? IndustryNameEn, string? RegionNameZh, string? RegionNameEn,
    int Enterprises, int Workers, bool IsSample);

/// <param name="Id">The enterprise's id.</param>
public sealed record ParticipantRow(
    int Id, string Name, string RegionNameZh, string RegionNameEn, string IndustryNameZh, string IndustryNameEn,
    bool IsAboveScale, int Workers, bool IsSample);
