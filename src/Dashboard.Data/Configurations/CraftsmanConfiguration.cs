using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CraftsmanConfiguration : IEntityTypeConfiguration<Craftsman>
{
    public void Configure(EntityTypeBuilder<Craftsman> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.EmployerName).HasMaxLength(100);
        builder.HasOne(c => c.Tier).WithMany()
            .HasForeignKey(c => new { c.TierRank, c.TierCode }).HasPrincipalKey(t => new { t.Rank, t.Code }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Industry).WithMany().HasForeignKey(c => c.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Enterprise).WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.TierCode, c.RegionCode });
        builder.HasIndex(c => c.YearNamed);
        // The 工匠名单's order (highest tier first, then the most recently named), then the columns its filters and the
        // account's scope test: a page at any depth walks this index alone, not a sort of every craftsman. It also serves
        // the tier's foreign key, which it begins with.
        builder.HasIndex(c => new { c.TierRank, c.TierCode, c.YearNamed, c.Name, c.Id, c.RegionCode, c.IndustryCode, c.Batch, c.IsSample })
            .IsDescending(false, false, true, false, false, false, false, false, false);
    }
}
