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
        // The 创新成果 list's default order (latest first, then by title), with the columns its filters test: a page at any
        // depth walks this index rather than sorting a province's million and a half achievements.
        builder.HasIndex(a => new { a.Year, a.Title, a.Id, a.StudioId, a.Category, a.IsSample })
            .IsDescending(true, false, false, false, false, false);
    }
}
