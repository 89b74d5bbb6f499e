using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class ParticipationSummaryConfiguration : IEntityTypeConfiguration<ParticipationSummary>
{
    public void Configure(EntityTypeBuilder<ParticipationSummary> builder)
    {
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.IndustryCode).HasMaxLength(40);
        // The triggers find an entry's row by its four keys; each of the others covers a query of the dashboard: enterprises
        // counted per 市州 × industry, and above-scale enterprises per year.
        builder.HasIndex(s => new { s.EnterpriseId, s.Year, s.Level, s.IsSample });
        builder.HasIndex(s => new { s.RegionCode, s.IndustryCode, s.EnterpriseId, s.IsAboveScale, s.Year, s.Level, s.IsSample, s.Entries, s.Workers });
        builder.HasIndex(s => new { s.Year, s.IsAboveScale, s.EnterpriseId, s.Level, s.IsSample, s.RegionCode, s.IndustryCode, s.Entries });
    }
}
