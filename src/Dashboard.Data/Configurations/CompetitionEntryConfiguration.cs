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
        builder.HasIndex(e => e.EnterpriseId);
    }
}
