using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class ImportBatchChangeConfiguration : IEntityTypeConfiguration<ImportBatchChange>
{
    public void Configure(EntityTypeBuilder<ImportBatchChange> builder)
    {
        builder.Property(c => c.Entity).HasMaxLength(50);
        builder.Property(c => c.RecordKey).HasMaxLength(100);
        // Undo asks whether a later batch touched the same record.
        builder.HasIndex(c => new { c.Entity, c.RecordKey });
        // An edit's check looks for the run that added the record; only runs have a first key.
        builder.HasIndex(c => new { c.Entity, c.FirstId }).HasFilter("\"FirstId\" IS NOT NULL");
    }
}
