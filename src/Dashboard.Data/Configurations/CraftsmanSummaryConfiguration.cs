using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CraftsmanSummaryConfiguration : IEntityTypeConfiguration<CraftsmanSummary>
{
    public void Configure(EntityTypeBuilder<CraftsmanSummary> builder)
    {
        builder.Property(s => s.TierCode).HasMaxLength(30);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.IndustryCode).HasMaxLength(40);
        // The triggers find a craftsman's cell by all six; the count ends it, so no dashboard reads the table.
        builder.HasIndex(s => new { s.TierCode, s.RegionCode, s.IndustryCode, s.YearNamed, s.Batch, s.IsSample, s.Craftsmen });
    }
}
