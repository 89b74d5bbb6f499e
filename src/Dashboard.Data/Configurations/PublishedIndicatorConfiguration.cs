using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class PublishedIndicatorConfiguration : IEntityTypeConfiguration<PublishedIndicator>
{
    public void Configure(EntityTypeBuilder<PublishedIndicator> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(10);
        builder.Property(i => i.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Qualifier).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.AsOf).HasMaxLength(10);
        builder.HasOne(i => i.Source).WithMany().HasForeignKey(i => i.SourceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.Area);
    }
}
