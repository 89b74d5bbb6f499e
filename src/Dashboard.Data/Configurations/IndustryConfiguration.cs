using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.NameZh).HasMaxLength(20);
        builder.Property(i => i.NameEn).HasMaxLength(60);
        builder.Property(i => i.GbSection).HasMaxLength(1);
        builder.Property(i => i.GbDivisions).HasMaxLength(20);
    }
}
