using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Qualifier).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Unit).HasMaxLength(20);
        builder.HasOne(t => t.Tier).WithMany().HasForeignKey(t => t.TierCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
    }
}
