using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class DashboardUserConfiguration : IEntityTypeConfiguration<DashboardUser>
{
    public void Configure(EntityTypeBuilder<DashboardUser> builder)
    {
        builder.Property(u => u.RegionCode).HasMaxLength(6);
        // A 市州 with accounts bound to it is never deleted from under them.
        builder.HasOne(u => u.Region).WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
