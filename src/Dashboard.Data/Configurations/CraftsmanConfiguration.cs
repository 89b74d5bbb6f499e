using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class CraftsmanConfiguration : IEntityTypeConfiguration<Craftsman>
{
    public void Configure(EntityTypeBuilder<Craftsman> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.EmployerName).HasMaxLength(100);
        builder.HasOne(c => c.Tier).WithMany()
            .HasForeignKey(c => new { c.TierRank, c.TierCode }).HasPrincipalKey(t => new { t.Rank, t.Code }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Industry).WithMany().HasForeignKey(c => c.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Enterprise).WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        // The 工匠名单's order (highest tier first, then the most recently named), then the columns its filters and the
        // account's scope test: a page at any depth walks this index alone, not a sort of every craftsman. It also serves
        // the tier's foreign key, which it begins with.
        builder.HasIndex(c => new { c.TierRank, c.TierCode, c.YearNamed, c.Name, c.Id, c.RegionCode, c.IndustryCode, c.Batch, c.IsSample })
            .IsDescending(false, false, true, false, false, false, false, false, false);
        // The same order within one 市州: a 市州 filter, and every list of an account bound to one. SQLite read a 市州's
        // craftsmen by an index of the 市州 alone and sorted them all for each page (24 ms for 成都's middle page), and a
        // year range's by an index of the year (45 ms for 2021–2024's page 800). No query asks those indexes any more, so
        // they are gone, and the year range walks the list's index.
        builder.HasIndex(c => new { c.RegionCode, c.TierRank, c.TierCode, c.YearNamed, c.Name, c.Id, c.IndustryCode, c.Batch, c.IsSample })
            .IsDescending(false, false, false, true, false, false, false, false, false);
    }
}
