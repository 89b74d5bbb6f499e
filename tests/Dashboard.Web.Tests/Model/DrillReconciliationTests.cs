using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests.Model;

/// <summary>
/// Every point of every chart, on the seeded data, whole province and under filters: the point's drill opens a
/// list whose row count (and 合计, where the chart summed money or workers) equals what the point counted.
/// A point with no records (a published figure, a pace line) drills nowhere; a chart with none says so.
/// </summary>
public sealed class DrillReconciliationTests : IClassFixture<DrillReconciliationTests.SeededServices>
{
    private static readonly CultureInfo s_chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly SeededServices _services;

    public DrillReconciliationTests(SeededServices services)
    {
        _services = services;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = s_chinese;
    }

    public static TheoryData<string> Filters => new(s_filters.Keys);

    private static readonly Dictionary<string, DashboardFilter> s_filters = new()
    {
        ["whole province"] = DashboardFilter.WholeProvince,
        ["成都、绵阳 2021–2024"] = new() { Regions = ["510100", "510700"], FromYear = 2021, ToYear = 2024 },
        ["装备制造 to 2023"] = new() { Industries = ["equipment-manufacturing"], ToYear = 2023 },
        ["市级工匠, provincial competitions, sample off"] = new() { Tier = "city", Level = CompetitionLevel.Provincial, IncludeSample = false },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Tiers_EveryPoint_OpensTheRecordsItCounts(string filterName)
    {
        var filter = s_filters[filterName];
        var data = await _services.Get<TierQueries>().GetDashboardAsync(filter, Token);
        var charts = new TierCharts(data, await _services.PublishedFiguresAsync(), filter, _services.Localizer<Resources.Tiers>(), s_chinese).All(ChartScale.Linear);
        var planYears = data.Plan.SelectMany(p => p.NewByYear.Select(y => y.Year)).Distinct().Order().ToList();

        await AssertEveryPointReconcilesAsync(filter, charts, (key, series, index) => key switch
        {
            "tier-pyramid" => new(data.Tiers[index].Records),
            "tier-by-region" => new(data.ByRegion[index].ByTier[data.Tiers[series].TierCode]),
            "tier-by-industry" => new(data.ByIndustry[index].ByTier[data.Tiers[series].TierCode]),
            "tier-batches" => new(data.ProvincialBatches[index].Count),
            "tier-honours" => new(data.Honours[index].Count),
            "tier-plan" => new((int)data.Plan[series].NewByYear.Where(y => y.Year <= planYears[index]).Sum(y => y.Value)),
            "tier-region-shares" => new(data.RegionPlanShares[index].Count),
            _ => throw new InvalidOperationException($"No expectation for chart {key}."),
        });
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Competitions_EveryPoint_OpensTheRecordsItCounts(string filterName)
    {
        var filter = s_filters[filterName];
        var data = await _services.Get<CompetitionQueries>().GetDashboardAsync(filter, Token);
        var charts = new CompetitionCharts(data, await _services.PublishedFiguresAsync(), filter, _services.Localizer<Resources.Competitions>(), _services.Localizer<Resources.Dashboards>(), s_chinese).All();
        var years = data.ByYearAndLevel.Select(c => c.Year).Distinct().Order().ToList();
        var levels = Enum.GetValues<CompetitionLevel>().Where(level => data.ByYearAndLevel.Any(c => c.Level == level)).ToList();

        await AssertEveryPointReconcilesAsync(filter, charts, (key, series, index) => key switch
        {
            "competitions-by-year" => new(data.ByYearAndLevel.SingleOrDefault(c => c.Year == years[index] && c.Level == levels[series])?.Count ?? 0),
            "competitions-participation" => new(data.ParticipationByYear[index].Participating, Denominator: data.ParticipationByYear[index].AboveScaleEnterprises),
            "competitions-by-industry" => new(data.ByIndustry[index].Enterprises, data.ByIndustry[index].Workers),
            "competitions-by-region" => new(data.ByRegion[index].Enterprises, data.ByRegion[index].Workers),
            _ => throw new InvalidOperationException($"No expectation for chart {key}."),
        });
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Innovation_EveryPoint_OpensTheRecordsItCounts(string filterName)
    {
        var filter = s_filters[filterName];
        var data = await _services.Get<InnovationQueries>().GetDashboardAsync(filter, Token);
        var charts = new InnovationCharts(data, await _services.PublishedFiguresAsync(), filter, _services.Localizer<Resources.Innovation>(), _services.Localizer<Resources.Dashboards>(), s_chinese).All();
        var years = data.AchievementsByYear.Select(r => r.Year).Distinct().Order().ToList();
        var categories = Enum.GetValues<AchievementCategory>().Where(c => data.AchievementsByYear.Any(r => r.Category == c)).ToList();
        var provincial = data.Studios.Provincial;

        await AssertEveryPointReconcilesAsync(filter, charts, (key, series, index) => key switch
        {
            "innovation-savings" => new(data.SavingsByYear[index].Achievements, data.SavingsByYear[index].SavingsYuan),
            "innovation-savings-by-industry" => new(data.SavingsByIndustry[index].Achievements, data.SavingsByIndustry[index].SavingsYuan),
            "innovation-achievements" => new(data.AchievementsByYear.SingleOrDefault(r => r.Year == years[index] && r.Category == categories[series])?.Count ?? 0),
            "innovation-studios" => new(index == 0 ? provincial.Provincial : data.Studios.BelowProvincial),
            "innovation-craftsman-led" => new(index == 0 ? provincial.CraftsmanLed : provincial.Provincial - provincial.CraftsmanLed),
            _ => throw new InvalidOperationException($"No expectation for chart {key}."),
        });
    }

    /// <param name="Measure">The 合计 the list must show: money in 元 or workers; null where the chart counts rows only.</param>
    /// <param name="Denominator">For a share: the base the list must name.</param>
    private sealed record Counted(int Count, long? Measure = null, int? Denominator = null);

    private async Task AssertEveryPointReconcilesAsync(DashboardFilter filter, IReadOnlyList<DashboardChart> charts, Func<string, int, int, Counted> expected)
    {
        var vocabulary = await _services.Get<ReferenceQueries>().GetFilterVocabularyAsync(Token);
        var opened = 0;
        foreach (var chart in charts)
        {
            if (chart.Drill is null)
            {
                Assert.False(string.IsNullOrEmpty(chart.NoRecords), $"{chart.Key} neither drills nor says it has no records.");
                continue;
            }
            for (var series = 0; series < chart.Spec.Series.Count; series++)
            {
                for (var index = 0; index < chart.Spec.Labels.Count; index++)
                {
                    if (chart.Spec.Series[series].Values[index] is not > 0)
                    {
                        continue;
                    }
                    var click = new ChartClick(series, chart.Spec.Series[series].Label, index, chart.Spec.Labels[index]);
                    if (chart.Drill(click) is not { } url)
                    {
                        continue;
                    }
                    var point = $"{chart.Key} › {click.SeriesLabel} › {click.Label} ({url})";
                    var (path, list) = await OpenAsync(url, vocabulary);
                    var want = expected(chart.Key, series, index);
                    Assert.True(want.Count == list.Count, $"{point}: the chart counts {want.Count}, the list holds {list.Count}.");
                    if (want.Measure is { } measure)
                    {
                        Assert.True(measure == list.Measure, $"{point}: the chart sums {measure}, the list's 合计 is {list.Measure}.");
                    }
                    if (want.Denominator is { } denominator)
                    {
                        Assert.Equal(DashboardUrls.EnterpriseListPath, path);
                        Assert.Equal(denominator, list.Denominator);
                    }
                    opened++;
                }
            }
        }
        // Without sample records some dashboards have nothing to count, so nothing to open.
        Assert.True(opened > 0 || !filter.IncludeSample, "No point drilled at all.");
    }

    private sealed record ListTotals(int Count, long? Measure, int? Denominator);

    /// <summary>Runs the list query of the page a drill URL names, with the filter in that URL.</summary>
    private async Task<(string Path, ListTotals Totals)> OpenAsync(string url, FilterVocabulary vocabulary)
    {
        var (filter, dropped) = FilterQuery.Parse("http://localhost" + url, vocabulary);
        Assert.Empty(dropped);
        var path = new Uri("http://localhost" + url).AbsolutePath;
        var request = new ListRequest(Page: 0, PageSize: 1);
        ListTotals Of<T>(PagedResult<T> page, int? denominator = null) => new(page.TotalCount, page.MeasureTotal, denominator);
        var totals = path switch
        {
            DashboardUrls.CraftsmenPath => Of(await _services.Get<CraftsmanListQueries>().ListAsync(filter, request, Token)),
            DashboardUrls.HonoursPath => Of(await _services.Get<HonourListQueries>().ListAsync(filter, request, Token)),
            DashboardUrls.CompetitionListPath => Of(await _services.Get<CompetitionListQueries>().ListAsync(filter, request, Token)),
            DashboardUrls.EnterpriseListPath => Of(await _services.Get<EnterpriseQueries>().ListAsync(filter, request, Token),
                filter.AboveScale == true ? await _services.Get<EnterpriseQueries>().CountAsync(filter, Token) : null),
            DashboardUrls.StudiosPath => Of(await _services.Get<StudioListQueries>().ListAsync(filter, request, Token)),
            DashboardUrls.AchievementsPath => Of(await _services.Get<StudioListQueries>().AchievementsAsync(filter, request, Token)),
            _ => throw new InvalidOperationException($"{url} is no list."),
        };
        return (path, totals);
    }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The app's query services and localizers over one seeded database, shared by the tests of this class.</summary>
    public sealed class SeededServices : IAsyncLifetime
    {
        private SqliteTestDatabase? _database;
        private ServiceProvider? _provider;

        public async ValueTask InitializeAsync()
        {
            _database = await SqliteTestDatabase.CreateSeededAsync();
            var services = new ServiceCollection();
            services.AddLocalization();
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            services.AddDashboardData(_database);
            _provider = services.BuildServiceProvider();
        }

        public T Get<T>() where T : notnull => _provider!.GetRequiredService<T>();

        public IStringLocalizer<T> Localizer<T>() => Get<IStringLocalizer<T>>();

        public async Task<PublishedFigures> PublishedFiguresAsync() => new(await Get<IndicatorQueries>().GetPublishedFiguresAsync());

        public async ValueTask DisposeAsync()
        {
            await _provider!.DisposeAsync();
            await _database!.DisposeAsync();
        }
    }
}
