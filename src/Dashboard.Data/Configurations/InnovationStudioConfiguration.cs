using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class InnovationStudioConfiguration : IEntityTypeConfiguration<InnovationStudio>
{
    public void Configure(EntityTypeBuilder<InnovationStudio> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(s => s.LeadCraftsman).WithMany().HasForeignKey(s => s.LeadCraftsmanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Industry).WithMany().HasForeignKey(s => s.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Enterprise).WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        // Covers the dashboards' studio counts per level, whole province or one 市州, without reading a studio's row.
        builder.HasIndex(s => new { s.Level, s.RegionCode, s.IsCraftsmanLed, s.IsSample });
    }
}
