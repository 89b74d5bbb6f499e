using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Data.Tests.Queries;

public class TierQueriesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// The real records (孔建伟: provincial, 自贡, batch 1 of 2017; 陈行行 and 崔兴国: national, nothing else known;
    /// 江勇's 全国劳动模范 with no year) plus nine craftsmen and five honours:
    /// <code>
    /// name  tier                region  industry                 year  batch  sample
    /// A     provincial          成都    electronic-information   2021  3      yes
    /// B     provincial          成都    equipment-manufacturing  2024  4      no
    /// C     city                成都    electronic-information   2022         yes
    /// D     city                自贡    -                        2025         yes
    /// E     national-candidate  -       construction             2023         no
    /// F     city                德阳    electronic-information   2019         yes
    /// G     city                泸州    -                        2023         yes
    /// H     provincial          绵阳    railway                  -     2      no
    /// I     national            德阳    electric-power           2024         yes
    /// </code>
    /// </summary>
    /// <summary>The database these tests run on; <see cref="TierQueriesOnPostgresTests"/> runs them all on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private async Task<TestDatabase> CreateFixtureAsync()
    {
        var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);
        await using var db = database.CreateDbContext();
        db.Craftsmen.AddRange(
            Craftsman("A", "provincial", region: "510100", industry: "electronic-information", year: 2021, batch: 3, sample: true),
            Craftsman("B", "provincial", region: "510100", industry: "equipment-manufacturing", year: 2024, batch: 4),
            Craftsman("C", "city", region: "510100", industry: "electronic-information", year: 2022, sample: true),
            Craftsman("D", "city", region: "510300", industry: null, year: 2025, sample: true),
            Craftsman("E", "national-candidate", region: null, industry: "construction", year: 2023),
            Craftsman("F", "city", region: "510600", industry: "electronic-information", year: 2019, sample: true),
            Craftsman("G", "city", region: "510500", industry: null, year: 2023, sample: true),
            Craftsman("H", "provincial", region: "510700", industry: "railway", year: null, batch: 2),
            Craftsman("I", "national", region: "510600", industry: "electric-power", year: 2024, sample: true));
        db.Honours.AddRange(
            Honour("全国劳动模范和先进工作者", 2025, sample: true),
            Honour("全国劳动模范和先进工作者", 2025, sample: true),
            Honour("全国劳动模范和先进工作者", 2025, sample: false),
            Honour("四川省劳动模范", 2020, sample: true),
            Honour("全国五一劳动奖章", 2025, sample: true));
        await db.SaveChangesAsync(Token);
        return database;
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsEachTierWithItsPublishedHeadcount()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        // Assert
        Assert.Equal(["national", "national-candidate", "provincial", "city"], dashboard.Tiers.Select(t => t.TierCode));
        Assert.Equal([1, 2, 3, 4], dashboard.Tiers.Select(t => t.Rank));
        Assert.Equal([3, 1, 4, 4], dashboard.Tiers.Select(t => t.Records));
        Assert.Equal([1, 0, 1, 4], dashboard.Tiers.Select(t => t.SampleRecords));
        Assert.Equal(["T1", "T2", "T3", "T4"], dashboard.Tiers.Select(t => t.PublishedCode));
        Assert.Equal(("四川工匠", "Sichuan craftsman (provincial)"), (dashboard.Tiers[2].NameZh, dashboard.Tiers[2].NameEn));
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsEveryRegionByTierIncludingEmptyOnes()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var byRegion = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).ByRegion;

        // Assert: all 21 市州 in reference order; 陈行行, 崔兴国 and E have no 市州
        Assert.Equal(21, byRegion.Count);
        Assert.Equal(["510100", "510300", "510400", "510500", "510600", "510700", "510800"], byRegion.Take(7).Select(r => r.Key));
        Assert.Equal("513400", byRegion[^1].Key);
        AssertGroup(byRegion[0], "510100", "成都", "Chengdu", national: 0, candidate: 0, provincial: 2, city: 1, total: 3, sample: 2);
        AssertGroup(byRegion[1], "510300", "自贡", "Zigong", national: 0, candidate: 0, provincial: 1, city: 1, total: 2, sample: 1);
        AssertGroup(byRegion[2], "510400", "攀枝花", "Panzhihua", national: 0, candidate: 0, provincial: 0, city: 0, total: 0, sample: 0);
        AssertGroup(byRegion[3], "510500", "泸州", "Luzhou", national: 0, candidate: 0, provincial: 0, city: 1, total: 1, sample: 1);
        AssertGroup(byRegion[4], "510600", "德阳", "Deyang", national: 1, candidate: 0, provincial: 0, city: 1, total: 2, sample: 2);
        AssertGroup(byRegion[5], "510700", "绵阳", "Mianyang", national: 0, candidate: 0, provincial: 1, city: 0, total: 1, sample: 0);
        Assert.All(byRegion.Skip(6), r => Assert.Equal((0, 0), (r.Total, r.SampleRecords)));
        Assert.Equal(9, byRegion.Sum(r => r.Total));
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsEveryIndustryByTierIncludingEmptyOnes()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var byIndustry = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).ByIndustry;

        // Assert: all 12 industries in reference order; D, G, 陈行行 and 崔兴国 have no industry
        Assert.Equal(12, byIndustry.Count);
        AssertGroup(byIndustry[0], "electronic-information", "电子信息", "Electronic information", national: 0, candidate: 0, provincial: 1, city: 2, total: 3, sample: 3);
        AssertGroup(byIndustry[1], "equipment-manufacturing", "装备制造", "Equipment manufacturing", national: 0, candidate: 0, provincial: 2, city: 0, total: 2, sample: 0);
        AssertGroup(byIndustry[2], "food-light-textile", "食品轻纺", "Food, light industry and textiles", national: 0, candidate: 0, provincial: 0, city: 0, total: 0, sample: 0);
        AssertGroup(byIndustry[6], "construction", "建筑", "Construction", national: 0, candidate: 1, provincial: 0, city: 0, total: 1, sample: 0);
        AssertGroup(byIndustry[7], "electric-power", "电力", "Electric power", national: 1, candidate: 0, provincial: 0, city: 0, total: 1, sample: 1);
        AssertGroup(byIndustry[9], "railway", "铁路", "Railways", national: 0, candidate: 0, provincial: 1, city: 0, total: 1, sample: 0);
        Assert.Equal("geology-mining", byIndustry[^1].Key);
        Assert.Equal(8, byIndustry.Sum(i => i.Total));
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_GroupsProvincialBatchesWithTheirPublishedSizes()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var batches = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).ProvincialBatches;

        // Assert: H is in batch 2 but has no year, so it is not in any batch row
        Assert.Equal(
            [new BatchCount(1, 2017, 1, 0, "T5"), new BatchCount(3, 2021, 1, 1, null), new BatchCount(4, 2024, 1, 0, "T6")],
            batches);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_GroupsHonoursByYearWithNoYearLast()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var honours = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).Honours;

        // Assert
        Assert.Equal(
        [
            new HonourCount("四川省劳动模范", "test", 2020, 1, 1, null),
            new HonourCount("全国五一劳动奖章", "test", 2025, 1, 1, null),
            new HonourCount("全国劳动模范和先进工作者", "test", 2025, 3, 2, "T16"),
            new HonourCount("全国劳动模范", "National model worker", null, 1, 0, null),
        ], honours);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_CountsEachPlanYearIncludingEmptyYears()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var plan = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).Plan;

        // Assert: ordered by target value 100 / 1000 / 10000; F (2019) and H (no year) are outside the plan
        Assert.Equal(["baiqianwan-provincial", "baiqianwan-city", "baiqianwan-all-levels"], plan.Select(p => p.TargetCode));
        Assert.Equal([100m, 1000m, 10000m], plan.Select(p => p.TargetValue));
        Assert.Equal(["provincial", "city", null], plan.Select(p => p.TierCode));
        Assert.Equal(["T11", "T12", "T13"], plan.Select(p => p.PublishedCode));
        Assert.All(plan, p => Assert.Equal((2021, 2025), (p.StartYear, p.EndYear)));
        Assert.Equal("百千万计划：新增省级工匠", plan[0].NameZh);
        Assert.Equal("Hundred-thousand-ten-thousand plan: new provincial craftsmen", plan[0].NameEn);
        Assert.Equal(
            [new YearValue(2021, 1, 1), new YearValue(2022, 0, 0), new YearValue(2023, 0, 0), new YearValue(2024, 1, 0), new YearValue(2025, 0, 0)],
            plan[0].NewByYear);
        Assert.Equal(
            [new YearValue(2021, 0, 0), new YearValue(2022, 1, 1), new YearValue(2023, 1, 1), new YearValue(2024, 0, 0), new YearValue(2025, 1, 1)],
            plan[1].NewByYear);
        Assert.Equal(
            [new YearValue(2021, 1, 1), new YearValue(2022, 1, 1), new YearValue(2023, 2, 1), new YearValue(2024, 2, 1), new YearValue(2025, 1, 1)],
            plan[2].NewByYear);
    }

    [Fact]
    public async Task GetDashboardAsync_HandMadeRecords_SharesPlanYearCraftsmenByRegionLargestFirst()
    {
        // Arrange
        await using var database = await CreateFixtureAsync();

        // Act
        var shares = (await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token)).RegionPlanShares;

        // Assert: A, B, C, D, G and I were named 2021–2025 with a 市州 (E has none); ties keep the reference order
        Assert.Equal(21, shares.Count);
        Assert.Equal(
        [
            new RegionPlanShare("510100", "成都", "Chengdu", 3, 50.0m, 2),
            new RegionPlanShare("510300", "自贡", "Zigong", 1, 16.7m, 1),
            new RegionPlanShare("510500", "泸州", "Luzhou", 1, 16.7m, 1),
            new RegionPlanShare("510600", "德阳", "Deyang", 1, 16.7m, 1),
            new RegionPlanShare("510400", "攀枝花", "Panzhihua", 0, 0m, 0),
            new RegionPlanShare("510700", "绵阳", "Mianyang", 0, 0m, 0),
        ], shares.Take(6));
        Assert.Equal("513400", shares[^1].RegionCode);
    }

    [Fact]
    public async Task GetDashboardAsync_NobodyNamedInPlanYears_ZeroEveryYearAndEveryShare()
    {
        // Arrange: only the real records, none named 2021–2025
        await using var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);

        // Act
        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        // Assert
        Assert.Equal(3, dashboard.Plan.Count);
        Assert.All(dashboard.Plan, p => Assert.Equal(
            [new YearValue(2021, 0, 0), new YearValue(2022, 0, 0), new YearValue(2023, 0, 0), new YearValue(2024, 0, 0), new YearValue(2025, 0, 0)],
            p.NewByYear));
        Assert.Equal(21, dashboard.RegionPlanShares.Count);
        Assert.All(dashboard.RegionPlanShares, s => Assert.Equal((0, 0m, 0), (s.Count, s.SharePercent, s.SampleRecords)));
        Assert.Equal([1], dashboard.ByRegion.Where(r => r.Total > 0).Select(r => r.Total));
        Assert.Equal(0, dashboard.ByRegion.Single(r => r.Key == "510100").Total);
        Assert.Equal([new BatchCount(1, 2017, 1, 0, "T5")], dashboard.ProvincialBatches);
    }

    [Fact]
    public async Task GetDashboardAsync_NoAllLevelsTarget_SharesUseTheWidestPlanPeriod()
    {
        // Arrange: the all-levels target replaced by a provincial one over 2017–2025, which takes in 孔建伟 (自贡, 2017)
        await using var database = await TestDatabase.CreateSeededAsync(Provider, includeSampleData: false);
        await using (var db = database.CreateDbContext())
        {
            await db.PlanTargets.Where(t => t.TierCode == null && t.Area == DashboardArea.Tiers).ExecuteDeleteAsync(Token);
            db.PlanTargets.Add(new PlanTarget
            {
                Code = "test-wide", Area = DashboardArea.Tiers, NameZh = "测试", NameEn = "test", Value = 50,
                StartYear = 2017, EndYear = 2025, TierCode = "provincial",
            });
            await db.SaveChangesAsync(Token);
        }

        // Act
        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);

        // Assert
        Assert.Equal(["test-wide", "baiqianwan-provincial", "baiqianwan-city"], dashboard.Plan.Select(p => p.TargetCode));
        Assert.Null(dashboard.Plan[0].PublishedCode);
        Assert.Equal(9, dashboard.Plan[0].NewByYear.Count);
        Assert.Equal(new YearValue(2017, 1, 0), dashboard.Plan[0].NewByYear[0]);
        Assert.Equal(new RegionPlanShare("510300", "自贡", "Zigong", 1, 100.0m, 0), dashboard.RegionPlanShares[0]);
        Assert.Equal(0, dashboard.RegionPlanShares[1].Count);
    }

    [Fact]
    public async Task GetDashboardAsync_SampleSeed_ReconcilesWithPublishedFigures()
    {
        // Arrange
        await using var database = await TestDatabase.CreateSeededAsync(Provider);

        // Act
        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(DashboardFilter.WholeProvince, Token);
        var published = await database.GetPublishedFiguresAsync();

        // Assert: tiers T1–T4
        Assert.Equal([5, 9, 380, 4969], dashboard.Tiers.Select(t => t.Records));
        Assert.All(dashboard.Tiers, t => Assert.Equal(published[t.PublishedCode!].Value, t.Records));

        // Batches: T5 = 30 (2017, 孔建伟 real) and T6 = 200 (2024); 70 and 80 are sample assumptions
        Assert.Equal(
            [new BatchCount(1, 2017, 30, 29, "T5"), new BatchCount(2, 2019, 70, 70, null), new BatchCount(3, 2021, 80, 80, null), new BatchCount(4, 2024, 200, 200, "T6")],
            dashboard.ProvincialBatches);
        Assert.All(dashboard.ProvincialBatches.Where(b => b.PublishedCode is not null), b => Assert.Equal(published[b.PublishedCode!].Value, b.Count));

        // T16: 93 honoured in 2025
        var honoured = Assert.Single(dashboard.Honours, h => h.PublishedCode is not null);
        Assert.Equal((2025, 93, 93m), (honoured.Year, honoured.Count, published[honoured.PublishedCode!].Value));

        // Plan: provincial craftsmen named 2021–2025 are batches 3 and 4
        var provincial = dashboard.Plan.Single(p => p.TierCode == "provincial");
        Assert.Equal([80L, 0, 0, 200, 0], provincial.NewByYear.Select(y => y.Value));
        Assert.True(provincial.NewByYear.Sum(y => y.Value) >= published[provincial.PublishedCode!].Value);
        var allLevels = dashboard.Plan.Single(p => p.TierCode == null);
        await using var db = database.CreateDbContext();
        Assert.Equal(await db.Craftsmen.CountAsync(c => c.YearNamed >= 2021 && c.YearNamed <= 2025, Token), allLevels.NewByYear.Sum(y => y.Value));
        Assert.True(allLevels.NewByYear.Sum(y => y.Value) > provincial.NewByYear.Sum(y => y.Value) + dashboard.Plan.Single(p => p.TierCode == "city").NewByYear.Sum(y => y.Value));

        // Every sample craftsman has a 市州 and an industry; 陈行行 and 崔兴国 have neither
        Assert.Equal(5363 - 2, dashboard.ByRegion.Sum(r => r.Total));
        Assert.Equal(5363 - 2, dashboard.ByIndustry.Sum(r => r.Total));
        Assert.Equal(allLevels.NewByYear.Sum(y => y.Value), dashboard.RegionPlanShares.Sum(s => s.Count));
        Assert.InRange(dashboard.RegionPlanShares.Sum(s => s.SharePercent), 99.0m, 101.0m);
        Assert.Equal("510100", dashboard.RegionPlanShares[0].RegionCode);
    }

    private static void AssertGroup(
        TierGroupCount group, string key, string nameZh, string nameEn, int national, int candidate, int provincial, int city, int total, int sample)
    {
        Assert.Equal((key, nameZh, nameEn), (group.Key, group.NameZh, group.NameEn));
        Assert.Equal(
            new Dictionary<string, int> { ["national"] = national, ["national-candidate"] = candidate, ["provincial"] = provincial, ["city"] = city },
            group.ByTier);
        Assert.Equal((total, sample), (group.Total, group.SampleRecords));
    }



    [Theory]
    // 成都 from 2021: A (provincial 2021), B (provincial 2024), C (city 2022).
    [InlineData("510100", null, null, 2021, null, true, 0, 0, 2, 1)]
    // 市级工匠 in 电子信息: C (成都) and F (德阳).
    [InlineData(null, "electronic-information", "city", null, null, true, 0, 0, 0, 2)]
    // Real records only: 陈行行, 崔兴国; E; 孔建伟, B, H.
    [InlineData(null, null, null, null, null, false, 2, 1, 3, 0)]
    // Named up to 2020: 孔建伟 (2017) and F (2019).
    [InlineData(null, null, null, null, 2020, true, 0, 0, 1, 1)]
    // 德阳 in 2024, real records only: I is sample, so nobody.
    [InlineData("510600", null, null, 2024, 2024, false, 0, 0, 0, 0)]
    public async Task GetDashboardAsync_Filter_CountsOnlyMatchingCraftsmen(
        string? region, string? industry, string? tier, int? from, int? to, bool includeSample,
        int national, int candidate, int provincial, int city)
    {
        // Arrange
        await using var database = await CreateFixtureAsync();
        var filter = new DashboardFilter
        {
            Regions = region is null ? [] : [region],
            Industries = industry is null ? [] : [industry],
            Tier = tier,
            FromYear = from,
            ToYear = to,
            IncludeSample = includeSample,
        };

        // Act
        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance).GetDashboardAsync(filter, Token);

        // Assert
        Assert.Equal([national, candidate, provincial, city], dashboard.Tiers.Select(t => t.Records));
    }

    [Fact]
    public async Task GetDashboardAsync_RegionFilter_OnlyThatRegionHasCraftsmen()
    {
        await using var database = await CreateFixtureAsync();

        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance)
            .GetDashboardAsync(new DashboardFilter { Regions = ["510100"], FromYear = 2021 }, Token);

        Assert.Equal(3, dashboard.ByRegion.Single(r => r.Key == "510100").Total);
        Assert.All(dashboard.ByRegion.Where(r => r.Key != "510100"), r => Assert.Equal(0, r.Total));
        Assert.Equal([("510100", 3)], dashboard.RegionPlanShares.Where(r => r.Count > 0).Select(r => (r.RegionCode, r.Count)));
    }

    [Fact]
    public async Task GetDashboardAsync_RealRecordsOnly_HonoursWithoutSample()
    {
        await using var database = await CreateFixtureAsync();

        var dashboard = await new TierQueries(database, new ReferenceQueries(database), NullLogger<TierQueries>.Instance)
            .GetDashboardAsync(new DashboardFilter { IncludeSample = false }, Token);

        Assert.Equal([("全国劳动模范和先进工作者", (int?)2025, 1), ("全国劳动模范", null, 1)],
            dashboard.Honours.Select(h => (h.TitleZh, h.Year, h.Count)));
    }
}

public sealed class TierQueriesOnPostgresTests : TierQueriesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
