using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.ThemeZh).HasMaxLength(60);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(c => c.Industry).WithMany().HasForeignKey(c => c.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Year, c.Level });
    }
}
