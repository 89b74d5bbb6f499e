using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;
using static Dashboard.Web.Model.ChartText;

namespace Dashboard.Web.Model;

/// <summary>Maps the 工匠梯队 query's records to charts.</summary>
/// <param name="figures">Resolves the codes of published figures the records name.</param>
/// <param name="filter">Published figures are province-wide: they stand beside the records only when nothing is filtered out. Drill-down links keep the filter.</param>
public sealed class TierCharts(TierDashboard data, PublishedFigures figures, DashboardFilter filter, IStringLocalizer<Resources.Tiers> loc, CultureInfo culture)
{
    private readonly bool _wholeProvince = filter.IsWholeProvince;

    /// <summary>The tier ladder, whose scale switch the 工匠梯队 page keeps in its URL.</summary>
    public const string PyramidKey = "tier-pyramid";

    public IReadOnlyList<DashboardChart> All(ChartScale pyramidScale) =>
        [Pyramid(pyramidScale), Plan(), Batches(), Honours(), ByRegion(), RegionShares(), ByIndustry()];

    /// <summary>The published headcounts; the records join them as a second series only where they differ.</summary>
    public DashboardChart Pyramid(ChartScale scale)
    {
        var tiers = data.Tiers;
        var series = _wholeProvince ? new List<ChartSeries> { PublishedSeries(tiers, t => t.PublishedCode) } : [];
        var differ = !_wholeProvince || tiers.Any(t => figures.Find(t.PublishedCode)?.Value != t.Records);
        if (differ)
        {
            series.Add(Series(loc[nameof(Resources.Tiers.Records)], tiers, t => t.Records, t => People(t.Records)));
        }
        var spec = new ChartSpec(ChartKind.HorizontalBar, tiers.Select(t => DashboardCultures.Pick(t.NameZh, t.NameEn)).ToList(), series)
        {
            CategoryTitle = loc[nameof(Resources.Tiers.Tier)],
            ShowLegend = series.Count > 1,
        }.InUnits(MeasureUnit.People, culture);
        if (scale == ChartScale.Logarithmic)
        {
            spec = spec.OnLogScale(culture);
        }
        return new DashboardChart(PyramidKey, loc[nameof(Resources.Tiers.PyramidTitle)], loc[nameof(Resources.Tiers.PyramidSubtitle)], spec,
            IncludesSample: differ && tiers.Any(t => t.SampleRecords > 0))
        {
            // The published series stands alone only where it equals the records; beside differing records it has none of its own.
            Drill = click => differ && click.SeriesIndex < series.Count - 1 ? null : DashboardUrls.Craftsmen(filter with { Tier = tiers[click.Index].TierCode }),
        };
    }

    public DashboardChart ByRegion() => TierGroups("tier-by-region", loc[nameof(Resources.Tiers.ByRegionTitle)], loc[nameof(Resources.Tiers.Region)], data.ByRegion, ChartKind.Bar, wide: true,
        (group, tier) => filter with { Regions = [group], Tier = tier });

    public DashboardChart ByIndustry() => TierGroups("tier-by-industry", loc[nameof(Resources.Tiers.ByIndustryTitle)], loc[nameof(Resources.Tiers.Industry)], data.ByIndustry, ChartKind.HorizontalBar, wide: false,
        (group, tier) => filter with { Industries = [group], Tier = tier });

    public DashboardChart Batches()
    {
        var batches = data.ProvincialBatches;
        var spec = new ChartSpec(ChartKind.Bar,
            batches.Select(b => string.Format(loc[nameof(Resources.Tiers.BatchLabel)], b.Batch, b.Year)).ToList(),
            RecordsBesidePublished(batches, b => b.Count, b => b.PublishedCode))
        { CategoryTitle = loc[nameof(Resources.Tiers.Round)] }.InUnits(MeasureUnit.People, culture);
        return new DashboardChart("tier-batches", loc[nameof(Resources.Tiers.BatchesTitle)], loc[nameof(Resources.Tiers.PeopleSubtitle)], spec,
            batches.Any(b => b.SampleRecords > 0))
        {
            Drill = click => click.SeriesIndex != RecordsSeries ? null : DashboardUrls.Craftsmen(filter with
            {
                Tier = ProvincialTier, Batch = batches[click.Index].Batch, FromYear = batches[click.Index].Year, ToYear = batches[click.Index].Year,
            }),
        };
    }

    public DashboardChart Honours()
    {
        var honours = data.Honours;
        var spec = new ChartSpec(ChartKind.HorizontalBar,
            honours.Select(h => string.Format(loc[nameof(Resources.Tiers.HonourLabel)], DashboardCultures.Pick(h.TitleZh, h.TitleEn),
                h.Year?.ToString(CultureInfo.InvariantCulture) ?? loc[nameof(Resources.Tiers.YearUnknown)])).ToList(),
            RecordsBesidePublished(honours, h => h.Count, h => h.PublishedCode))
        { CategoryTitle = loc[nameof(Resources.Tiers.Honour)] }.InUnits(MeasureUnit.People, culture);
        return new DashboardChart("tier-honours", loc[nameof(Resources.Tiers.HonoursTitle)], loc[nameof(Resources.Tiers.PeopleSubtitle)], spec,
            honours.Any(h => h.SampleRecords > 0))
        {
            Drill = click => click.SeriesIndex != RecordsSeries ? null : DashboardUrls.Honours(honours[click.Index].Year is { } year
                ? filter with { Honour = honours[click.Index].TitleZh, FromYear = year, ToYear = year }
                : filter with { Honour = honours[click.Index].TitleZh, YearUnknown = true }),
        };
    }

    /// <summary>Each target's cumulative completion against the even pace: a line under the pace is a lag.</summary>
    public DashboardChart Plan()
    {
        var years = data.Plan.SelectMany(p => p.NewByYear.Select(y => y.Year)).Distinct().Order().ToList();
        var series = data.Plan.Select(plan =>
        {
            var cumulative = 0L;
            var points = years.Select(year =>
            {
                cumulative += plan.NewByYear.FirstOrDefault(y => y.Year == year)?.Value ?? 0;
                return (Count: cumulative, Percent: Percentages.Of(cumulative, plan.TargetValue));
            }).ToList();
            var target = figures.Find(plan.PublishedCode) is { } t ? ChineseNumberFormat.Format(t, culture) : ChineseNumberFormat.FormatNumber(plan.TargetValue, MeasureUnit.People, culture);
            return Series($"{DashboardCultures.Pick(plan.NameZh, plan.NameEn)} · {target}", points, p => (double)p.Percent,
                p => string.Format(loc[nameof(Resources.Tiers.PlanPoint)], People(p.Count), Percent(p.Percent)));
        }).ToList();
        var pace = years.Select((_, i) => Percentages.Of(i + 1, years.Count)).ToList();
        series.Add(Series(loc[nameof(Resources.Tiers.PlanPace)], pace, p => (double)p, Percent) with { Color = "#9e9e9e" });

        var spec = new ChartSpec(ChartKind.Line, YearLabels(years), series)
        {
            CategoryTitle = loc[nameof(Resources.Tiers.Year)],
            TargetLines = [new ChartTargetLine(loc[nameof(Resources.Tiers.Target)], 100, Percent(100))],
        }.InUnits(MeasureUnit.Percent, culture);
        return new DashboardChart("tier-plan", loc[nameof(Resources.Tiers.PlanTitle)], loc[nameof(Resources.Tiers.PlanSubtitle)], spec,
            data.Plan.Any(p => p.NewByYear.Any(y => y.SampleRecords > 0)), Wide: true)
        {
            // A point is the craftsmen named from the plan's start to that year; the pace line has no records.
            Drill = click => click.SeriesIndex >= data.Plan.Count ? null : PlanCraftsmen(data.Plan[click.SeriesIndex], years[click.Index]),
        };
    }

    public DashboardChart RegionShares()
    {
        var shares = data.RegionPlanShares;
        var spec = new ChartSpec(ChartKind.HorizontalBar, shares.Select(s => DashboardCultures.Pick(s.NameZh, s.NameEn)).ToList(),
            [Series(loc[nameof(Resources.Tiers.Share)], shares, s => (double)s.SharePercent,
                s => string.Format(loc[nameof(Resources.Tiers.RegionSharePoint)], Percent(s.SharePercent), People(s.Count)))])
        {
            CategoryTitle = loc[nameof(Resources.Tiers.Region)],
            ShowLegend = false,
        }.InUnits(MeasureUnit.Percent, culture);
        return new DashboardChart("tier-region-shares", loc[nameof(Resources.Tiers.RegionShareTitle)], loc[nameof(Resources.Tiers.RegionShareSubtitle)], spec,
            shares.Any(s => s.SampleRecords > 0))
        {
            // The shares count the plan period's craftsmen within the reader's years: the two ranges intersect.
            Drill = click => data.RegionSharePeriod is not { } period ? null
                : CraftsmenWithin(filter with { Regions = [shares[click.Index].RegionCode] }, period.StartYear, period.EndYear),
        };
    }

    /// <summary>Craftsmen per group stacked by tier; a click lists the craftsmen of that group and tier.</summary>
    private DashboardChart TierGroups(string key, string title, string categoryTitle, IReadOnlyList<TierGroupCount> groups, ChartKind kind, bool wide,
        Func<string, string, DashboardFilter> narrow)
    {
        var spec = new ChartSpec(kind, groups.Select(g => DashboardCultures.Pick(g.NameZh, g.NameEn)).ToList(),
            data.Tiers.Select(tier => Series(DashboardCultures.Pick(tier.NameZh, tier.NameEn), groups,
                g => g.ByTier.GetValueOrDefault(tier.TierCode), g => People(g.ByTier.GetValueOrDefault(tier.TierCode)))).ToList())
        {
            CategoryTitle = categoryTitle,
            Stacked = true,
        }.InUnits(MeasureUnit.People, culture);
        return new DashboardChart(key, title, loc[nameof(Resources.Tiers.PeopleSubtitle)], spec, groups.Any(g => g.SampleRecords > 0), Wide: wide)
        {
            Drill = click => DashboardUrls.Craftsmen(narrow(groups[click.Index].Key, data.Tiers[click.SeriesIndex].TierCode)),
        };
    }

    /// <summary>Record counts, and beside them (whole province only) the published figure where one states the same count ("—" where none does).</summary>
    private ChartSeries[] RecordsBesidePublished<T>(IReadOnlyList<T> items, Func<T, int> count, Func<T, string?> publishedCode)
    {
        var records = Series(loc[nameof(Resources.Tiers.Records)], items, i => count(i), i => People(count(i)));
        return _wholeProvince ? [records, PublishedSeries(items, publishedCode)] : [records];
    }

    private ChartSeries PublishedSeries<T>(IReadOnlyList<T> items, Func<T, string?> publishedCode)
    {
        var stated = items.Select(i => figures.Find(publishedCode(i))).ToList();
        return Series(loc[nameof(Resources.Tiers.Published)], stated, f => (double?)f?.Value, f => f is null ? "—" : ChineseNumberFormat.Format(f, culture))
            .WithQualifiers(stated, culture);
    }

    private const string ProvincialTier = "provincial";

    // RecordsBesidePublished puts the records first.
    private const int RecordsSeries = 0;

    /// <summary>
    /// The craftsmen a plan point counts: of the plan's tier (all tiers for the all-levels plan), named from the plan's
    /// start to <paramref name="year"/>, within the reader's years and tier. Null where the reader's tier is another.
    /// </summary>
    private string? PlanCraftsmen(PlanProgress plan, int year) => plan.TierCode is { } tier && filter.Tier is { } chosen && tier != chosen
        ? null
        : CraftsmenWithin(filter with { Tier = plan.TierCode ?? filter.Tier }, plan.StartYear, Math.Min(year, plan.EndYear));

    /// <summary>The craftsmen list for the reader's years intersected with <paramref name="from"/>–<paramref name="to"/>; null where they do not meet.</summary>
    private static string? CraftsmenWithin(DashboardFilter narrowed, int from, int to)
    {
        var (start, end) = (Math.Max(from, narrowed.FromYear ?? from), Math.Min(to, narrowed.ToYear ?? to));
        return start > end ? null : DashboardUrls.Craftsmen(narrowed with { FromYear = start, ToYear = end });
    }

    private string People(long count) => ChineseNumberFormat.FormatNumber(count, MeasureUnit.People, culture);

    private string Percent(decimal percent) => ChineseNumberFormat.FormatNumber(percent, MeasureUnit.Percent, culture);
}
