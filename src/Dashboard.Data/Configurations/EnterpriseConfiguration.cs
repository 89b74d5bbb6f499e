using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.HasOne(e => e.Region).WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Industry).WithMany().HasForeignKey(e => e.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.IsAboveScale);
    }
}
