using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;
using static Dashboard.Web.Model.ChartText;

namespace Dashboard.Web.Model;

/// <summary>Maps the 竞赛 query's records to charts.</summary>
/// <param name="figures">Resolves the codes of published figures the records name.</param>
/// <param name="filter">The ≥30 line is a province-wide count: it is drawn only when nothing is filtered out. Drill-down links keep the filter.</param>
public sealed class CompetitionCharts(CompetitionDashboard data, PublishedFigures figures, DashboardFilter filter, IStringLocalizer<Resources.Competitions> loc,
    IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
{
    private static readonly MeasureUnit s_competitions = new("个", "competitions");
    private static readonly MeasureUnit s_enterprises = new("家", "enterprises");
    private static readonly MeasureUnit s_workers = new("人次", "worker entries");

    public IReadOnlyList<DashboardChart> All() => [ByYear(), Participation(), ByIndustry(), ByRegion(), Conference()];

    public DashboardChart ByYear()
    {
        var years = data.ByYearAndLevel.Select(c => c.Year).Distinct().Order().ToList();
        var levels = Enum.GetValues<CompetitionLevel>().Where(level => data.ByYearAndLevel.Any(c => c.Level == level)).ToList();
        var series = levels
            .Select(level =>
            {
                var counts = years.Select(year => (decimal)(data.ByYearAndLevel.FirstOrDefault(c => c.Year == year && c.Level == level)?.Count ?? 0)).ToList();
                var displays = counts.Select(c => ChineseNumberFormat.FormatNumber(c, s_competitions, culture)).ToList();
                return new ChartSeries(loc[$"Level_{level}"], counts.Select(c => (double?)c).ToList(), WithYearOnYear(counts, displays, asPoints: false, common, culture));
            })
            .ToList();
        var spec = new ChartSpec(ChartKind.Bar, YearLabels(years), series)
        {
            CategoryTitle = loc[nameof(Resources.Competitions.Year)],
            TargetLines = filter.IsWholeProvince && figures.Find(data.CompetitionsTargetCode) is { } target
                ? [PublishedLine(string.Format(loc[nameof(Resources.Competitions.TargetLine)], ChineseNumberFormat.Format(target, culture)), target, (double)target.Value, culture)]
                : [],
        }.InUnits(s_competitions, culture);
        return new DashboardChart("competitions-by-year", loc[nameof(Resources.Competitions.ByYearTitle)], loc[nameof(Resources.Competitions.ByYearSubtitle)], spec,
            data.ByYearAndLevel.Any(c => c.SampleRecords > 0), Wide: true)
        {
            Drill = click => DashboardUrls.CompetitionList(filter with { FromYear = years[click.Index], ToYear = years[click.Index], Level = levels[click.SeriesIndex] }),
        };
    }

    public DashboardChart Participation()
    {
        var shares = data.ParticipationByYear;
        var displays = shares.Select(s => string.Format(loc[nameof(Resources.Competitions.ParticipationPoint)],
            ChineseNumberFormat.FormatNumber(s.Percent, MeasureUnit.Percent, culture), s.Participating, s.AboveScaleEnterprises)).ToList();
        var spec = new ChartSpec(ChartKind.Bar, YearLabels(shares.Select(s => s.Year)),
            [new ChartSeries(loc[nameof(Resources.Competitions.ParticipationTitle)], shares.Select(s => (double?)s.Percent).ToList(),
                WithYearOnYear(shares.Select(s => s.Percent).ToList(), displays, asPoints: true, common, culture))])
        {
            CategoryTitle = loc[nameof(Resources.Competitions.Year)],
            ValueAxis = new ChartAxis { Min = 0, Max = 100 },
            TargetLines = figures.Find(data.ParticipationTargetCode) is { } target
                ? [PublishedLine(string.Format(loc[nameof(Resources.Competitions.ParticipationTarget)], ChineseNumberFormat.Format(target, culture)), target, (double)target.Value, culture)]
                : [],
        }.InUnits(MeasureUnit.Percent, culture);
        return new DashboardChart("competitions-participation", loc[nameof(Resources.Competitions.ParticipationTitle)], loc[nameof(Resources.Competitions.ParticipationSubtitle)], spec,
            shares.Any(s => s.IncludesSample))
        {
            // The share counts above-scale enterprises taking part that year; its denominator is named on the list.
            Drill = click => DashboardUrls.EnterpriseList(filter with { FromYear = shares[click.Index].Year, ToYear = shares[click.Index].Year, AboveScale = true }),
        };
    }

    public DashboardChart ByIndustry() => Entries("competitions-by-industry", loc[nameof(Resources.Competitions.ByIndustryTitle)], loc[nameof(Resources.Competitions.Industry)], data.ByIndustry, wide: false,
        group => filter with { Industries = [group] });

    public DashboardChart ByRegion() => Entries("competitions-by-region", loc[nameof(Resources.Competitions.ByRegionTitle)], loc[nameof(Resources.Competitions.Region)], data.ByRegion, wide: true,
        group => filter with { Regions = [group] });

    /// <summary>Published figures only: the conference's awards are not kept as records.</summary>
    public DashboardChart Conference()
    {
        var results = figures.FindAll(data.ConferenceResultCodes);
        var spec = new ChartSpec(ChartKind.Bar, results.Select(r => DashboardCultures.Pick(r.LabelZh, r.LabelEn)).ToList(),
            [Series(loc[nameof(Resources.Competitions.Awarded)], results, r => (double)r.Value, r => ChineseNumberFormat.Format(r, culture))])
        {
            CategoryTitle = loc[nameof(Resources.Competitions.Award)],
            ShowLegend = false,
        };
        return new DashboardChart("competitions-conference", loc[nameof(Resources.Competitions.ConferenceTitle)], loc[nameof(Resources.Competitions.ConferenceSubtitle)], spec, IncludesSample: false)
        {
            NoRecords = common[nameof(Resources.Dashboards.PublishedOnly)],
        };
    }

    private DashboardChart Entries(string key, string title, string categoryTitle, IReadOnlyList<ParticipationGroup> groups, bool wide, Func<string, DashboardFilter> narrow)
    {
        var spec = new ChartSpec(ChartKind.Bar, groups.Select(g => DashboardCultures.Pick(g.NameZh, g.NameEn)).ToList(),
            [
                Series(loc[nameof(Resources.Competitions.Enterprises)], groups, g => g.Enterprises, g => ChineseNumberFormat.FormatNumber(g.Enterprises, s_enterprises, culture)),
                Series(loc[nameof(Resources.Competitions.Workers)], groups, g => g.Workers, g => ChineseNumberFormat.FormatNumber(g.Workers, s_workers, culture))
                    with { AsLine = true, OnSecondaryAxis = true },
            ])
        {
            CategoryTitle = categoryTitle,
            SecondaryAxis = new ChartAxis(),
        }.InUnits(s_enterprises, culture, s_workers);
        return new DashboardChart(key, title, loc[nameof(Resources.Competitions.EntriesSubtitle)], spec, groups.Any(g => g.IncludesSample), Wide: wide)
        {
            Drill = click => DashboardUrls.EnterpriseList(narrow(groups[click.Index].Key)),
        };
    }
}
