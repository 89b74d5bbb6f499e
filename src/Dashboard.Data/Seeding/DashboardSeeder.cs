using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Seeding;

/// <summary>
/// Loads seeds/ into the database idempotently: reference lists, published figures and named records are
/// added where their key is missing, sample records are generated once. It all runs in one transaction,
/// so a bad seed file changes nothing.
/// </summary>
public sealed class DashboardSeeder(DashboardDbContext db, SeedOptions options, ILogger<DashboardSeeder> logger)
{
    private readonly SeedFileReader _files = new(options.SeedDirectory);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var added = 0;
        added += await AddMissingAsync(db.Regions, _files.Read<List<Region>>("reference/regions.json"), r => r.Code, cancellationToken);
        added += await AddMissingAsync(db.Industries, _files.Read<List<Industry>>("reference/industries.json"), i => i.Code, cancellationToken);
        added += await AddMissingAsync(db.CraftsmanTiers, _files.Read<List<CraftsmanTier>>("reference/tiers.json"), t => t.Code, cancellationToken);
        added += await AddMissingAsync(db.Sources, _files.Read<List<Source>>("reference/sources.json"), s => s.Code, cancellationToken);
        var indicators = _files.Read<List<PublishedIndicator>>("published/indicators.json");
        var known = await KnownCodes.LoadAsync(db, cancellationToken);
        known.Check("published/indicators.json", "source", indicators.Select(i => i.SourceCode), known.Sources);
        added += await AddMissingAsync(db.PublishedIndicators, indicators, i => i.Code, cancellationToken);

        var targets = _files.Read<List<PlanTarget>>("reference/plan-targets.json");
        known.Check("reference/plan-targets.json", "tier", targets.Select(t => t.TierCode), known.Tiers);
        known.Check("reference/plan-targets.json", "indicator", targets.Select(t => t.IndicatorCode), indicators.Select(i => i.Code).ToHashSet());
        added += await AddMissingAsync(db.PlanTargets, targets, t => t.Code, cancellationToken);

        added += await AddNamedRecordsAsync(_files.Read<NamedRecords>("records/named-records.json"), known, cancellationToken);
        logger.LogInformation("Seeding added {Count} reference, published and named rows.", added);

        if (options.IncludeSampleData)
        {
            await AddSampleDataAsync(known, cancellationToken);
        }
        else
        {
            await RemoveSampleDataAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> AddMissingAsync<T>(DbSet<T> set, IReadOnlyCollection<T> rows, Expression<Func<T, string>> key, CancellationToken cancellationToken)
        where T : class
    {
        var existing = (await set.Select(key).ToListAsync(cancellationToken)).ToHashSet();
        var keyOf = key.Compile();
        var missing = rows.Where(r => !existing.Contains(keyOf(r))).ToList();
        set.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    private async Task<int> AddNamedRecordsAsync(NamedRecords records, KnownCodes known, CancellationToken cancellationToken)
    {
        const string file = "records/named-records.json";
        known.Check(file, "tier", records.Craftsmen.Select(c => c.TierCode), known.Tiers);
        known.Check(file, "region", records.Craftsmen.Select(c => c.RegionCode)
            .Concat(records.Honours.Select(h => h.RegionCode))
            .Concat(records.Competitions.Select(c => c.RegionCode))
            .Concat(records.Studios.Select(s => s.RegionCode)), known.Regions);
        known.Check(file, "industry", records.Craftsmen.Select(c => c.IndustryCode)
            .Concat(records.Competitions.Select(c => c.IndustryCode))
            .Concat(records.Studios.Select(s => s.IndustryCode)), known.Industries);
        known.Check(file, "lead craftsman", records.Studios.Select(s => s.LeadCraftsmanName), records.Craftsmen.Select(c => c.Name).ToHashSet());

        // Tracked: new honours and studios link to these craftsmen.
        var realCraftsmen = await db.Craftsmen.AsTracking().Where(c => !c.IsSample).ToListAsync(cancellationToken);
        var newCraftsmen = records.Craftsmen
            .Where(n => !realCraftsmen.Any(c => c.Name == n.Name && c.TierCode == n.TierCode))
            .Select(n => new Craftsman
            {
                Name = n.Name,
                TierCode = n.TierCode,
                TierRank = known.TierRanks[n.TierCode],
                RegionCode = n.RegionCode,
                IndustryCode = n.IndustryCode,
                EmployerName = n.EmployerName,
                YearNamed = n.YearNamed,
                Batch = n.Batch,
            })
            .ToList();
        db.Craftsmen.AddRange(newCraftsmen);
        realCraftsmen.AddRange(newCraftsmen);

        var honours = await db.Honours.Where(h => !h.IsSample).Select(h => new { h.RecipientName, h.TitleZh }).ToListAsync(cancellationToken);
        var newHonours = records.Honours
            .Where(n => !honours.Any(h => h.RecipientName == n.RecipientName && h.TitleZh == n.TitleZh))
            .Select(n => new Honour
            {
                TitleZh = n.TitleZh,
                TitleEn = n.TitleEn,
                Year = n.Year,
                RecipientName = n.RecipientName,
                RegionCode = n.RegionCode,
                Craftsman = realCraftsmen.FirstOrDefault(c => c.Name == n.RecipientName),
            })
            .ToList();
        db.Honours.AddRange(newHonours);

        var competitionNames = await db.Competitions.Where(c => !c.IsSample).Select(c => c.Name).ToListAsync(cancellationToken);
        var newCompetitions = records.Competitions
            .Where(n => !competitionNames.Contains(n.Name))
            .Select(n => new Competition
            {
                Name = n.Name,
                Year = n.Year,
                Level = n.Level,
                ThemeZh = n.ThemeZh,
                IndustryCode = n.IndustryCode,
                RegionCode = n.RegionCode,
            })
            .ToList();
        db.Competitions.AddRange(newCompetitions);

        var studioNames = await db.InnovationStudios.Where(s => !s.IsSample).Select(s => s.Name).ToListAsync(cancellationToken);
        var newStudios = records.Studios
            .Where(n => !studioNames.Contains(n.Name))
            .Select(n =>
            {
                var lead = realCraftsmen.FirstOrDefault(c => c.Name == n.LeadCraftsmanName);
                return new InnovationStudio
                {
                    Name = n.Name,
                    Level = n.Level,
                    IsCraftsmanLed = lead is not null,
                    LeadCraftsman = lead,
                    RegionCode = n.RegionCode,
                    IndustryCode = n.IndustryCode,
                    FoundedYear = n.FoundedYear,
                };
            })
            .ToList();
        db.InnovationStudios.AddRange(newStudios);

        await db.SaveChangesAsync(cancellationToken);
        return newCraftsmen.Count + newHonours.Count + newCompetitions.Count + newStudios.Count;
    }

    private async Task AddSampleDataAsync(KnownCodes known, CancellationToken cancellationToken)
    {
        if (await db.Craftsmen.AnyAsync(c => c.IsSample, cancellationToken) || await db.Enterprises.AnyAsync(e => e.IsSample, cancellationToken))
        {
            logger.LogInformation("Sample records are already present; none added.");
            return;
        }

        const string file = "sample/settings.json";
        var settings = _files.Read<SampleSettings>(file);
        known.Check(file, "region", settings.RegionWeights.Keys, known.Regions);
        known.Check(file, "industry", settings.IndustryWeights.Keys, known.Industries);
        known.Check(file, "tier", settings.Craftsmen.TierTotals.Keys, known.Tiers);

        var sample = new SampleDataGenerator(settings, await RealRecordCounts.LoadAsync(db, cancellationToken), known.TierRanks).Generate();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(sample.Enterprises);
        db.AddRange(sample.Craftsmen);
        db.AddRange(sample.Honours);
        db.AddRange(sample.Competitions);
        db.AddRange(sample.Studios);
        db.AddRange(sample.StaffInnovationTallies);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        logger.LogInformation(
            "Generated sample records: {Enterprises} enterprises, {Craftsmen} craftsmen, {Competitions} competitions, {Studios} studios.",
            sample.Enterprises.Count, sample.Craftsmen.Count, sample.Competitions.Count, sample.Studios.Count);
    }

    private async Task RemoveSampleDataAsync(CancellationToken cancellationToken)
    {
        // Children first: SQLite checks foreign keys on each statement.
        var removed = await db.InnovationAchievements.Where(a => a.IsSample || a.Studio!.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.InnovationStudios.Where(s => s.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.CompetitionEntries.Where(e => e.Competition!.IsSample || e.Enterprise!.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.Competitions.Where(c => c.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.Honours.Where(h => h.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.Craftsmen.Where(c => c.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.Enterprises.Where(e => e.IsSample).ExecuteDeleteAsync(cancellationToken);
        removed += await db.StaffInnovationTallies.Where(t => t.IsSample).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Sample data is switched off: removed {Count} sample rows.", removed);
        }
    }

    /// <summary>The codes seed files may refer to, so a typo is reported by file and value instead of as a foreign-key failure.</summary>
    /// <param name="TierRanks">Each tier's rank by its code: a craftsman carries both.</param>
    private sealed record KnownCodes(IReadOnlySet<string> Regions, IReadOnlySet<string> Industries, IReadOnlyDictionary<string, int> TierRanks, IReadOnlySet<string> Sources)
    {
        public IReadOnlySet<string> Tiers { get; } = TierRanks.Keys.ToHashSet();

        public static async Task<KnownCodes> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken) => new(
            (await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Industries.Select(i => i.Code).ToListAsync(cancellationToken)).ToHashSet(),
            await db.TierRanksAsync(cancellationToken),
            (await db.Sources.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet());

        public void Check(string file, string what, IEnumerable<string?> codes, IReadOnlySet<string> valid)
        {
            var unknown = codes.OfType<string>().Where(c => !valid.Contains(c)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                throw new SeedDataException(new SeedFailure(file, null, SeedProblem.UnknownCodes, $"{what}: {string.Join(", ", unknown)}"));
            }
        }
    }
}
