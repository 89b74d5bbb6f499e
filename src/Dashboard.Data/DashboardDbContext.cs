using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <remarks>
/// Add a migration from the repository root:
/// <c>dotnet ef migrations add NAME --project src/Dashboard.Data</c>
/// (the tool is pinned in .config/dotnet-tools.json; run <c>dotnet tool restore</c> once).
/// </remarks>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
}
