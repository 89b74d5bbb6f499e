using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CompetitionEntryConfiguration : IEntityTypeConfiguration<CompetitionEntry>
{
    public void Configure(EntityTypeBuilder<CompetitionEntry> builder)
    {
        builder.HasKey(e => new { e.CompetitionId, e.EnterpriseId });
        builder.HasOne(e => e.Competition).WithMany(c => c.Entries).HasForeignKey(e => e.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Enterprise).WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        // Covers the participation count: entries walked in enterprise order, each enterprise's workers summed on the way.
        builder.HasIndex(e => new { e.EnterpriseId, e.CompetitionId, e.Workers });
    }
}
