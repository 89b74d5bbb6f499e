using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.FileSha256).HasMaxLength(64);
        builder.Property(b => b.UserId).HasMaxLength(450);
        builder.Property(b => b.UserName).HasMaxLength(256);
        builder.Property(b => b.ClientAddress).HasMaxLength(64);
        builder.Property(b => b.RegionScope).HasMaxLength(6);
        builder.Property(b => b.UndoneBy).HasMaxLength(256);
        builder.HasMany(b => b.Changes).WithOne(c => c.Batch).HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.CreatedUtc);
    }
}
