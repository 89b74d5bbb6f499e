using Dashboard.Data.Configurations;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <remarks>
/// Add a migration from the repository root:
/// <c>dotnet ef migrations add NAME --project src/Dashboard.Data</c>
/// (the tool is pinned in .config/dotnet-tools.json; run <c>dotnet tool restore</c> once).
/// Accounts (Identity's tables) and the data-protection keys that sign their cookies live here too, so one
/// database and one set of migrations hold everything.
/// </remarks>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options)
    : IdentityDbContext<DashboardUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<CraftsmanTier> CraftsmanTiers => Set<CraftsmanTier>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<PublishedIndicator> PublishedIndicators => Set<PublishedIndicator>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Craftsman> Craftsmen => Set<Craftsman>();
    public DbSet<Honour> Honours => Set<Honour>();
    public DbSet<Competition> Competitions => Set<Competition>();
    public DbSet<CompetitionEntry> CompetitionEntries => Set<CompetitionEntry>();
    public DbSet<InnovationStudio> InnovationStudios => Set<InnovationStudio>();
    public DbSet<InnovationAchievement> InnovationAchievements => Set<InnovationAchievement>();
    public DbSet<StaffInnovationTally> StaffInnovationTallies => Set<StaffInnovationTally>();
    public DbSet<AchievementSummary> AchievementSummaries => Set<AchievementSummary>();
    public DbSet<CraftsmanSummary> CraftsmanSummaries => Set<CraftsmanSummary>();
    public DbSet<ParticipationSummary> ParticipationSummaries => Set<ParticipationSummary>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportBatchChange> ImportBatchChanges => Set<ImportBatchChange>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The one 市州 whose records this context sees, or null for all. Set by the reader's context factory and
    /// applied to every query of records, lists, details, charts and exports alike; a record of another 市州 is
    /// simply not there, so its id finds nothing.
    /// </summary>
    public string? RegionScope { get => _regionScope; init => _regionScope = value; }

    private string? _regionScope;

    // No 市州 has this code, so a context between leases of the reader pool sees no record of any.
    private const string NoRegion = "";

    /// <summary>Hands a context from the reader pool to a reader: it sees that reader's records until it is disposed.</summary>
    internal DashboardDbContext LeasedTo(RecordScope scope)
    {
        _regionScope = scope.RegionCode;
        return this;
    }

    /// <summary>Each tier's rank by its code: a craftsman written from a seed, a sample or a row carries both.</summary>
    internal async Task<IReadOnlyDictionary<string, int>> TierRanksAsync(CancellationToken cancellationToken)
        => await CraftsmanTiers.ToDictionaryAsync(t => t.Code, t => t.Rank, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's tables first; our configurations then add to its user.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        if (Database.IsSqlite())
        {
            CraftsmanConfiguration.AddSqliteListIndexes(modelBuilder.Entity<Craftsman>());
        }
        ApplyRegionScope(modelBuilder);
    }

    /// <summary>
    /// Each kind of record belongs to a 市州 as <see cref="Queries.FilterScopes"/> places it in one: a competition
    /// and its entries through the enterprises taking part, an achievement through its studio. A record of no
    /// stated 市州 belongs to no city union. Published figures and reference lists stay outside: they are public.
    /// </summary>
    private void ApplyRegionScope(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Craftsman>().HasQueryFilter(c => RegionScope == null || c.RegionCode == RegionScope);
        modelBuilder.Entity<Honour>().HasQueryFilter(h => RegionScope == null || h.RegionCode == RegionScope);
        modelBuilder.Entity<Enterprise>().HasQueryFilter(e => RegionScope == null || e.RegionCode == RegionScope);
        modelBuilder.Entity<CompetitionEntry>().HasQueryFilter(e => RegionScope == null || e.Enterprise!.RegionCode == RegionScope);
        modelBuilder.Entity<Competition>().HasQueryFilter(c => RegionScope == null || c.Entries.Any(e => e.Enterprise!.RegionCode == RegionScope));
        modelBuilder.Entity<InnovationStudio>().HasQueryFilter(s => RegionScope == null || s.RegionCode == RegionScope);
        // Asked of the studio rather than joined to it, as FilterScopes does, so a list walks its index in its order.
        modelBuilder.Entity<InnovationAchievement>().HasQueryFilter(a => RegionScope == null || InnovationStudios.Any(s => s.Id == a.StudioId && s.RegionCode == RegionScope));
        modelBuilder.Entity<StaffInnovationTally>().HasQueryFilter(t => RegionScope == null || t.RegionCode == RegionScope);
        modelBuilder.Entity<AchievementSummary>().HasQueryFilter(s => RegionScope == null || s.RegionCode == RegionScope);
        modelBuilder.Entity<CraftsmanSummary>().HasQueryFilter(s => RegionScope == null || s.RegionCode == RegionScope);
        modelBuilder.Entity<ParticipationSummary>().HasQueryFilter(s => RegionScope == null || s.RegionCode == RegionScope);
    }

    // A pooled context returns to its pool on dispose: it keeps no reader's scope there.
    public override void Dispose()
    {
        _regionScope = NoRegion;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _regionScope = NoRegion;
        return base.DisposeAsync();
    }

    // Every SaveChanges overload ends in one of these two.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: an entry may be added, never changed or removed.</summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or deleted.");
        }
    }
}
