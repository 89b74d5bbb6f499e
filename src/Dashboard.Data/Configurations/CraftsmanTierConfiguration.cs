using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CraftsmanTierConfiguration : IEntityTypeConfiguration<CraftsmanTier>
{
    public void Configure(EntityTypeBuilder<CraftsmanTier> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.NameZh).HasMaxLength(20);
        builder.Property(t => t.NameEn).HasMaxLength(60);
        builder.HasIndex(t => t.Rank).IsUnique();
    }
}
