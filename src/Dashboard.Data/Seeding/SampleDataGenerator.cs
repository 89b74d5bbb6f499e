using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Seeding;

/// <summary>
/// Makes the granular sample records behind the dashboards from <see cref="SampleSettings"/>.
/// Deterministic: a seeded <see cref="Random"/> makes the same records on every machine. Every record is
/// flagged <c>IsSample</c> and named 示例…, and tier and batch totals are topped up to the published
/// totals after the named real records are counted.
/// </summary>
/// <param name="tierRanks">Each tier's rank by its code, which a craftsman carries beside the code.</param>
internal sealed class SampleDataGenerator(SampleSettings settings, RealRecordCounts realCounts, IReadOnlyDictionary<string, int> tierRanks)
{
    private readonly Random _random = new(settings.RandomSeed);
    private readonly WeightedPicker<string> _regions = new(settings.RegionWeights);
    private readonly WeightedPicker<string> _industries = new(settings.IndustryWeights);
    private int _achievementNumber;

    public SampleDataSet Generate()
    {
        var enterprises = GenerateEnterprises();
        var craftsmen = GenerateCraftsmen(enterprises);
        var honours = GenerateHonours();
        var competitions = GenerateCompetitions(enterprises);
        var studios = GenerateStudios(craftsmen, enterprises);
        var tallies = GenerateStaffInnovationTallies();
        return new SampleDataSet(enterprises, craftsmen, honours, competitions, studios, tallies);
    }

    private List<Enterprise> GenerateEnterprises()
    {
        var spec = settings.Enterprises;
        var enterprises = new List<Enterprise>(spec.Total);
        for (var i = 1; i <= spec.Total; i++)
        {
            enterprises.Add(new Enterprise
            {
                Name = $"示例企业 {i:0000}",
                RegionCode = _regions.Pick(_random),
                IndustryCode = _industries.Pick(_random),
                IsAboveScale = i <= spec.AboveScale,
                IsSample = true,
            });
        }

        // Key enterprises of the 千企行动 are chosen among the above-scale ones, batch by batch.
        var candidates = Shuffle(enterprises.Where(e => e.IsAboveScale).ToList());
        var next = 0;
        foreach (var (year, count) in spec.KeyEnterprisesByYear.OrderBy(b => b.Key))
        {
            foreach (var enterprise in candidates.Skip(next).Take(count))
            {
                enterprise.KeyEnterpriseYear = year;
            }
            next += count;
        }
        return enterprises;
    }

    private List<Craftsman> GenerateCraftsmen(List<Enterprise> enterprises)
    {
        var spec = settings.Craftsmen;
        var craftsmen = new List<Craftsman>();
        // One list per region, built once: at province scale a copy per craftsman costs more than the rest of generation.
        var employersByRegion = enterprises.GroupBy(e => e.RegionCode).ToDictionary(g => g.Key, g => g.ToList());

        Craftsman Make(string tierCode, int year, int? batch)
        {
            var region = _regions.Pick(_random);
            var employers = employersByRegion.GetValueOrDefault(region, []);
            var employer = employers.Count > 0 ? employers[_random.Next(employers.Count)] : null;
            return new Craftsman
            {
                Name = $"示例工匠 {craftsmen.Count + 1:0000}",
                TierCode = tierCode,
                TierRank = tierRanks[tierCode],
                RegionCode = region,
                IndustryCode = employer?.IndustryCode ?? _industries.Pick(_random),
                Enterprise = employer,
                EmployerName = employer?.Name,
                YearNamed = year,
                Batch = batch,
                IsSample = true,
            };
        }

        foreach (var batch in spec.ProvincialBatches)
        {
            var missing = batch.Total - realCounts.ProvincialInBatch(batch.Batch);
            for (var i = 0; i < missing; i++)
            {
                craftsmen.Add(Make("provincial", batch.Year, batch.Batch));
            }
        }

        var batchedTotal = spec.ProvincialBatches.Sum(b => b.Total);
        if (spec.TierTotals.GetValueOrDefault("provincial") != batchedTotal)
        {
            throw new SeedDataException(new SeedFailure(
                "sample/settings.json", null, SeedProblem.TotalsDisagree,
                $"provincialBatches {batchedTotal} ≠ tierTotals.provincial {spec.TierTotals.GetValueOrDefault("provincial")}"));
        }

        foreach (var (tierCode, total) in spec.TierTotals.Where(t => t.Key != "provincial"))
        {
            var years = tierCode == "city" ? spec.CityYears : spec.NationalYears;
            var missing = total - realCounts.InTier(tierCode);
            for (var i = 0; i < missing; i++)
            {
                craftsmen.Add(Make(tierCode, _random.Next(years.From, years.To + 1), batch: null));
            }
        }
        return craftsmen;
    }

    private List<Honour> GenerateHonours()
    {
        var spec = settings.Honours;
        return Enumerable.Range(1, spec.Count)
            .Select(i => new Honour
            {
                TitleZh = spec.TitleZh,
                TitleEn = spec.TitleEn,
                Year = spec.Year,
                RecipientName = $"示例劳模 {i:000}",
                RegionCode = _regions.Pick(_random),
                IsSample = true,
            })
            .ToList();
    }

    private List<Competition> GenerateCompetitions(List<Enterprise> enterprises)
    {
        var spec = settings.Competitions;
        var aboveScale = enterprises.Where(e => e.IsAboveScale).ToList();
        var belowScale = enterprises.Where(e => !e.IsAboveScale).ToList();
        var competitions = new List<Competition>();

        foreach (var year in spec.Years)
        {
            var ofYear = new List<Competition>();
            foreach (var (level, count) in year.CountByLevel.OrderBy(l => l.Key))
            {
                for (var i = 0; i < count; i++)
                {
                    ofYear.Add(new Competition
                    {
                        Name = $"示例竞赛 {year.Year}-{ofYear.Count + 1:000}",
                        Year = year.Year,
                        Level = level,
                        IndustryCode = _industries.Pick(_random),
                        RegionCode = level == CompetitionLevel.City ? _regions.Pick(_random) : null,
                        IsSample = true,
                    });
                }
            }

            // The share is of above-scale enterprises taking part in at least one competition that year.
            var participating = (int)Math.Round(aboveScale.Count * year.AboveScaleParticipationPercent / 100m, MidpointRounding.AwayFromZero);
            foreach (var enterprise in Shuffle(aboveScale.ToList()).Take(participating))
            {
                Enter(enterprise, ofYear, competitionsToJoin: 1 + _random.Next(2));
            }
            foreach (var enterprise in Shuffle(belowScale.ToList()).Take(spec.BelowScaleEntriesPerYear))
            {
                Enter(enterprise, ofYear, competitionsToJoin: 1);
            }
            competitions.AddRange(ofYear);
        }
        return competitions;

        void Enter(Enterprise enterprise, List<Competition> ofYear, int competitionsToJoin)
        {
            foreach (var competition in Shuffle(ofYear.ToList()).Take(competitionsToJoin))
            {
                competition.Entries.Add(new CompetitionEntry
                {
                    Enterprise = enterprise,
                    Workers = _random.Next(spec.MinWorkersPerEntry, spec.MaxWorkersPerEntry + 1),
                });
            }
        }
    }

    private List<InnovationStudio> GenerateStudios(List<Craftsman> craftsmen, List<Enterprise> enterprises)
    {
        var spec = settings.Studios;
        var studios = new List<InnovationStudio>();
        var leaders = Shuffle(craftsmen.Where(c => c.TierCode is "provincial" or "city").ToList());

        InnovationStudio Make(StudioLevel level, Craftsman? lead)
        {
            var enterprise = enterprises[_random.Next(enterprises.Count)];
            return new InnovationStudio
            {
                Name = $"示例创新工作室 {studios.Count + 1:0000}",
                Level = level,
                IsCraftsmanLed = lead is not null,
                LeadCraftsman = lead,
                RegionCode = lead?.RegionCode ?? enterprise.RegionCode,
                IndustryCode = lead?.IndustryCode ?? enterprise.IndustryCode,
                Enterprise = lead?.Enterprise ?? enterprise,
                FoundedYear = _random.Next(spec.FoundedYears.From, spec.FoundedYears.To + 1),
                IsSample = true,
            };
        }

        for (var i = 0; i < spec.Provincial; i++)
        {
            studios.Add(Make(StudioLevel.Provincial, i < spec.ProvincialCraftsmanLed ? leaders[i] : null));
        }
        for (var i = 0; i < spec.BelowProvincial; i++)
        {
            studios.Add(Make(StudioLevel.BelowProvincial, lead: null));
        }

        AddAchievements(studios.Where(s => s.Level == StudioLevel.Provincial).ToList());
        if (settings.Achievements.BelowProvincial is { } belowProvincial)
        {
            AddBelowProvincialAchievements(studios.Where(s => s.Level == StudioLevel.BelowProvincial).ToList(), belowProvincial);
        }
        return studios;
    }

    /// <summary>The published yearly achievement and savings figures are for the provincial studios, so only they get achievements.</summary>
    private void AddAchievements(List<InnovationStudio> provincialStudios)
    {
        var spec = settings.Achievements;
        var categories = new WeightedPicker<AchievementCategory>(spec.CategoryWeights);
        foreach (var year in spec.Years)
        {
            var active = provincialStudios.Where(s => s.FoundedYear <= year.Year).ToList();
            var shares = SplitExactly(year.SavingsYuan, year.Count);
            for (var i = 0; i < year.Count; i++)
            {
                active[_random.Next(active.Count)].Achievements.Add(new InnovationAchievement
                {
                    Year = year.Year,
                    Category = categories.Pick(_random),
                    Title = $"示例成果 {++_achievementNumber:00000}",
                    SavingsYuan = shares[i],
                    IsSample = true,
                });
            }
        }
    }

    private void AddBelowProvincialAchievements(List<InnovationStudio> studios, SampleBelowProvincialAchievements spec)
    {
        var categories = new WeightedPicker<AchievementCategory>(settings.Achievements.CategoryWeights);
        // A year's share of the total grows with the studios founded by then.
        var years = spec.Years.Years.Select(year => (Year: year, Active: studios.Where(s => s.FoundedYear <= year).ToList())).ToList();
        if (years.Any(y => y.Active.Count == 0))
        {
            throw new SeedDataException(new SeedFailure(
                "sample/settings.json", null, SeedProblem.TotalsDisagree,
                $"no studio below provincial level was founded by {years.First(y => y.Active.Count == 0).Year}"));
        }
        var counts = SplitByWeights(spec.Total, years.Select(y => (long)y.Active.Count).ToList());
        for (var y = 0; y < years.Count; y++)
        {
            var (year, active) = years[y];
            for (var i = 0; i < counts[y]; i++)
            {
                var category = categories.Pick(_random);
                var range = spec.SavingsByCategory[category];
                // Squared, so most savings are small and a few large, as with real proposals.
                var share = _random.NextDouble();
                active[_random.Next(active.Count)].Achievements.Add(new InnovationAchievement
                {
                    Year = year,
                    Category = category,
                    Title = $"示例成果 {++_achievementNumber:00000}",
                    SavingsYuan = range.Min + (long)((range.Max - range.Min) * share * share),
                    IsSample = true,
                });
            }
        }
    }

    private List<StaffInnovationTally> GenerateStaffInnovationTallies()
    {
        var spec = settings.StaffInnovation;
        var cells = spec.Years.Years.SelectMany(year => settings.RegionWeights.Keys.Order(StringComparer.Ordinal).Select(region => (year, region))).ToList();
        var tallies = new List<StaffInnovationTally>();
        foreach (var (category, total) in new[]
        {
            (AchievementCategory.RationalisationProposal, spec.RationalisationProposals),
            (AchievementCategory.TechnicalInnovation, spec.TechnicalInnovations),
        })
        {
            var weights = cells.Select(c => (long)settings.RegionWeights[c.region] * (90 + _random.Next(21))).ToList();
            var counts = SplitByWeights(total, weights);
            tallies.AddRange(cells.Select((cell, i) => new StaffInnovationTally
            {
                Year = cell.year,
                RegionCode = cell.region,
                Category = category,
                Count = (int)counts[i],
                IsSample = true,
            }));
        }
        return tallies;
    }

    /// <summary>Splits a total into <paramref name="parts"/> uneven positive amounts that add up to it exactly.</summary>
    private long[] SplitExactly(long total, int parts)
        => SplitByWeights(total, Enumerable.Range(0, parts).Select(_ => (long)(1 + _random.Next(1000))).ToList());

    private static long[] SplitByWeights(long total, IReadOnlyList<long> weights)
    {
        var weightSum = weights.Sum();
        var amounts = weights.Select(w => (long)((decimal)total * w / weightSum)).ToArray();
        // Rounding down leaves a remainder smaller than the number of parts; the first parts take it.
        var remainder = total - amounts.Sum();
        for (var i = 0; remainder > 0; i = (i + 1) % amounts.Length, remainder--)
        {
            amounts[i]++;
        }
        return amounts;
    }

    private List<T> Shuffle<T>(List<T> items)
    {
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
        return items;
    }

    /// <summary>Picks keys in proportion to their weights; keys are ordered ordinally so every machine picks alike.</summary>
    private sealed class WeightedPicker<T> where T : notnull
    {
        private readonly T[] _items;
        private readonly int[] _cumulativeWeights;

        public WeightedPicker(IReadOnlyDictionary<T, int> weights)
        {
            var ordered = weights.OrderBy(w => w.Key.ToString(), StringComparer.Ordinal).ToArray();
            _items = ordered.Select(w => w.Key).ToArray();
            var sum = 0;
            _cumulativeWeights = ordered.Select(w => sum += w.Value).ToArray();
        }

        public T Pick(Random random)
        {
            var roll = random.Next(_cumulativeWeights[^1]);
            return _items[Array.FindIndex(_cumulativeWeights, c => roll < c)];
        }
    }
}

internal sealed record RealRecordCounts(IReadOnlyDictionary<string, int> ByTier, IReadOnlyDictionary<int, int> ProvincialByBatch)
{
    /// <summary>The named real craftsmen already in the database, which count towards the published tier and batch totals.</summary>
    public static async Task<RealRecordCounts> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var real = await db.Craftsmen.Where(c => !c.IsSample).Select(c => new { c.TierCode, c.Batch }).ToListAsync(cancellationToken);
        return new RealRecordCounts(
            real.GroupBy(c => c.TierCode).ToDictionary(g => g.Key, g => g.Count()),
            real.Where(c => c.TierCode == "provincial" && c.Batch is not null).GroupBy(c => c.Batch!.Value).ToDictionary(g => g.Key, g => g.Count()));
    }

    public int InTier(string tierCode) => ByTier.GetValueOrDefault(tierCode);
    public int ProvincialInBatch(int batch) => ProvincialByBatch.GetValueOrDefault(batch);
}

internal sealed record SampleDataSet(
    List<Enterprise> Enterprises,
    List<Craftsman> Craftsmen,
    List<Honour> Honours,
    List<Competition> Competitions,
    List<InnovationStudio> Studios,
    List<StaffInnovationTally> StaffInnovationTallies);
