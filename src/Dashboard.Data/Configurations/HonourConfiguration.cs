using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class HonourConfiguration : IEntityTypeConfiguration<Honour>
{
    public void Configure(EntityTypeBuilder<Honour> builder)
    {
        builder.Property(h => h.TitleZh).HasMaxLength(40);
        builder.Property(h => h.TitleEn).HasMaxLength(80);
        builder.Property(h => h.RecipientName).HasMaxLength(50);
        builder.HasOne(h => h.Craftsman).WithMany(c => c.Honours).HasForeignKey(h => h.CraftsmanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.Region).WithMany().HasForeignKey(h => h.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
