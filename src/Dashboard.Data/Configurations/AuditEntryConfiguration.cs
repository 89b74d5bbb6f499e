using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The migration's triggers that make the table append-only in the database as well.</summary>
    public const string NoUpdateTrigger = "AuditEntries_NoUpdate";
    public const string NoDeleteTrigger = "AuditEntries_NoDelete";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Declared so EF knows the table has triggers (they are created in the AuditLog migration).
        builder.ToTable("AuditEntries", table =>
        {
            table.HasTrigger(NoUpdateTrigger);
            table.HasTrigger(NoDeleteTrigger);
        });
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.TargetId).HasMaxLength(450);
        builder.Property(e => e.TargetName).HasMaxLength(256);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => e.TimeUtc);
        builder.HasIndex(e => new { e.Action, e.ActorId });
    }
}
