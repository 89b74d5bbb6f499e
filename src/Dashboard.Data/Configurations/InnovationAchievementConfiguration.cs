using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class InnovationAchievementConfiguration : IEntityTypeConfiguration<InnovationAchievement>
{
    public void Configure(EntityTypeBuilder<InnovationAchievement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(100);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(a => a.Studio).WithMany(s => s.Achievements).HasForeignKey(a => a.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Year, a.Category });
    }
}
