using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class AchievementSummaryConfiguration : IEntityTypeConfiguration<AchievementSummary>
{
    public void Configure(EntityTypeBuilder<AchievementSummary> builder)
    {
        builder.Property(s => s.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.StudioLevel).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.IndustryCode).HasMaxLength(40);
        // The triggers find a record's cell by all six; a dashboard's filters narrow by level and year first, and its
        // grouping by year, category and industry follows the index. The sums end it, so no dashboard reads the table.
        // (On PostgreSQL that makes each update of a cell a new index entry too: cheap now that a statement moves a
        // cell once, ruinous when the triggers moved it once per row.)
        builder.HasIndex(s => new { s.StudioLevel, s.Year, s.Category, s.IndustryCode, s.RegionCode, s.IsSample, s.Achievements, s.SavingsYuan });
    }
}
