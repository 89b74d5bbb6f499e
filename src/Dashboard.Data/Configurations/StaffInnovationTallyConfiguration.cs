using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class StaffInnovationTallyConfiguration : IEntityTypeConfiguration<StaffInnovationTally>
{
    public void Configure(EntityTypeBuilder<StaffInnovationTally> builder)
    {
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Year, t.RegionCode, t.Category }).IsUnique();
    }
}
