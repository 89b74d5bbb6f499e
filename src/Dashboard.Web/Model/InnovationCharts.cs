using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;
using static Dashboard.Web.Model.ChartText;

namespace Dashboard.Web.Model;

/// <summary>Maps the 创新创效 query's records to charts.</summary>
/// <param name="figures">Resolves the codes of published figures the records name.</param>
/// <param name="filter">Published figures are province-wide: they stand beside the records only when nothing is filtered out. Drill-down links keep the filter.</param>
public sealed class InnovationCharts(InnovationDashboard data, PublishedFigures figures, DashboardFilter filter, IStringLocalizer<Resources.Innovation> loc,
    IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
{
    private readonly bool _wholeProvince = filter.IsWholeProvince;

    private static readonly MeasureUnit s_studios = new("家", "studios");
    private static readonly MeasureUnit s_achievements = new("项", "achievements");
    private static readonly MeasureUnit s_proposals = new("条", "proposals");
    private static readonly MeasureUnit s_innovations = new("项", "innovations");

    public IReadOnlyList<DashboardChart> All() => [Savings(), SavingsByIndustry(), Achievements(), Studios(), CraftsmanLed(), StaffInnovation()];

    /// <summary>Yearly savings in 亿元 against the published "超200亿元/年".</summary>
    public DashboardChart Savings()
    {
        var years = data.SavingsByYear;
        var amounts = years.Select(y => (decimal)y.SavingsYuan).ToList();
        var displays = amounts.Select(a => ChineseNumberFormat.FormatNumber(a, MeasureUnit.Yuan, culture)).ToList();
        var published = _wholeProvince ? years.Select(y => figures.Find(y.PublishedCode)).FirstOrDefault(p => p is not null) : null;
        var publishedText = published is null ? "—" : ChineseNumberFormat.Format(published, culture);
        var spec = new ChartSpec(ChartKind.Bar, YearLabels(years.Select(y => y.Year)),
            [new ChartSeries(loc[nameof(Resources.Innovation.SavingsSeries)], amounts.Select(a => (double?)a).ToList(),
                WithYearOnYear(amounts, displays, asPoints: false, common, culture))])
        {
            CategoryTitle = loc[nameof(Resources.Innovation.Year)],
            TargetLines = published is null
                ? []
                : [PublishedLine(string.Format(common[nameof(Resources.Dashboards.WithNote)], loc[nameof(Resources.Innovation.Published)], published.Code), published, (double)ChineseNumberFormat.Quantity(published.Value, new MeasureUnit(published.Unit, published.UnitEn)), culture)],
        }.InUnits(MeasureUnit.Yuan, culture);
        return new DashboardChart("innovation-savings", loc[nameof(Resources.Innovation.SavingsTitle)],
            published is null ? null : string.Format(loc[nameof(Resources.Innovation.SavingsSubtitle)], publishedText), spec, years.Any(y => y.IncludesSample))
        {
            Drill = click => ProvincialAchievements(filter with { FromYear = years[click.Index].Year, ToYear = years[click.Index].Year }),
        };
    }

    /// <summary>The filter's years of savings by the studios' industry; a bar drills to that industry's studios.</summary>
    public DashboardChart SavingsByIndustry()
    {
        var industries = data.SavingsByIndustry;
        var spec = new ChartSpec(ChartKind.HorizontalBar, industries.Select(i => DashboardCultures.Pick(i.NameZh, i.NameEn)).ToList(),
            [Series(loc[nameof(Resources.Innovation.SavingsSeries)], industries, i => i.SavingsYuan,
                i => string.Format(common[nameof(Resources.Dashboards.WithNote)], ChineseNumberFormat.FormatNumber(i.SavingsYuan, MeasureUnit.Yuan, culture),
                    ChineseNumberFormat.FormatNumber(i.Achievements, s_achievements, culture)))])
        {
            CategoryTitle = loc[nameof(Resources.Innovation.Industry)],
            ShowLegend = false,
        }.InUnits(MeasureUnit.Yuan, culture);
        return new DashboardChart("innovation-savings-by-industry", loc[nameof(Resources.Innovation.SavingsByIndustryTitle)], loc[nameof(Resources.Innovation.SavingsByIndustrySubtitle)],
            spec, industries.Any(i => i.IncludesSample))
        {
            Drill = click => ProvincialAchievements(filter with { Industries = [industries[click.Index].Key] }),
        };
    }

    public DashboardChart Achievements()
    {
        var rows = data.AchievementsByYear;
        var years = rows.Select(r => r.Year).Distinct().Order().ToList();
        var categories = Enum.GetValues<AchievementCategory>().Where(category => rows.Any(r => r.Category == category)).ToList();
        var series = categories
            .Select(category => Series(loc[$"Category_{category}"], years,
                year => rows.FirstOrDefault(r => r.Year == year && r.Category == category)?.Count ?? 0,
                year => ChineseNumberFormat.FormatNumber(rows.FirstOrDefault(r => r.Year == year && r.Category == category)?.Count ?? 0, s_achievements, culture)))
            .ToList();
        var spec = new ChartSpec(ChartKind.Bar, YearLabels(years), series) { CategoryTitle = loc[nameof(Resources.Innovation.Year)], Stacked = true }
            .InUnits(s_achievements, culture);
        return new DashboardChart("innovation-achievements", loc[nameof(Resources.Innovation.AchievementsTitle)], loc[nameof(Resources.Innovation.AchievementsSubtitle)], spec,
            rows.Any(r => r.SampleRecords > 0))
        {
            Drill = click => ProvincialAchievements(filter with { FromYear = years[click.Index], ToYear = years[click.Index], Category = categories[click.SeriesIndex] }),
        };
    }

    /// <summary>Provincial and below-provincial studios, published beside records; the article's second count (461) is noted.</summary>
    public DashboardChart Studios()
    {
        var studios = data.Studios;
        var levels = new[]
        {
            (Label: loc[nameof(Resources.Innovation.Provincial)].Value, Published: figures.Find(studios.Provincial.PublishedCode), Records: studios.Provincial.Provincial),
            (Label: loc[nameof(Resources.Innovation.BelowProvincial)].Value, Published: figures.Find(studios.PublishedBelowProvincialCode), Records: studios.BelowProvincial),
        };
        var records = Series(loc[nameof(Resources.Innovation.Records)], levels, l => l.Records, l => ChineseNumberFormat.FormatNumber(l.Records, s_studios, culture));
        var spec = new ChartSpec(ChartKind.Bar, levels.Select(l => l.Label).ToList(), _wholeProvince
            ? [Series(loc[nameof(Resources.Innovation.Published)], levels, l => (double?)l.Published?.Value, l => l.Published is { } p ? ChineseNumberFormat.Format(p, culture) : "—")
                .WithQualifiers(levels.Select(l => l.Published), culture), records]
            : [records])
        { CategoryTitle = loc[nameof(Resources.Innovation.Level)] }.InUnits(s_studios, culture);
        var note = _wholeProvince && figures.Find(studios.Provincial.PublishedAlternativeCode) is not null && levels[0].Published is { } main
            ? DashboardCultures.PickOptional(main.NoteZh, main.NoteEn)
            : null;
        StudioLevel[] levelOf = [StudioLevel.Provincial, StudioLevel.BelowProvincial];
        return new DashboardChart("innovation-studios", loc[nameof(Resources.Innovation.StudiosTitle)], loc[nameof(Resources.Innovation.StudiosSubtitle)], spec,
            studios.Provincial.SampleRecords > 0 || studios.BelowProvincialSampleRecords > 0, note)
        {
            // The records are the last series; the published counts beside them have no records behind them.
            Drill = click => click.SeriesIndex == spec.Series.Count - 1 ? DashboardUrls.Studios(filter with { StudioLevel = levelOf[click.Index] }) : null,
        };
    }

    public DashboardChart CraftsmanLed()
    {
        var provincial = data.Studios.Provincial;
        var parts = new[]
        {
            (Label: loc[nameof(Resources.Innovation.Led)].Value, Count: provincial.CraftsmanLed),
            (Label: loc[nameof(Resources.Innovation.NotLed)].Value, Count: provincial.Provincial - provincial.CraftsmanLed),
        };
        var spec = new ChartSpec(ChartKind.Doughnut, parts.Select(p => p.Label).ToList(),
            [Series(loc[nameof(Resources.Innovation.Records)], parts, p => p.Count, p => string.Format(common[nameof(Resources.Dashboards.WithNote)],
                ChineseNumberFormat.FormatNumber(p.Count, s_studios, culture),
                ChineseNumberFormat.FormatNumber(Percentages.Of(p.Count, provincial.Provincial), MeasureUnit.Percent, culture)))]);
        var published = figures.Find(data.Studios.PublishedCraftsmanLedShareCode) is { } share ? ChineseNumberFormat.Format(share, culture) : "—";
        return new DashboardChart("innovation-craftsman-led", loc[nameof(Resources.Innovation.LedTitle)],
            string.Format(loc[nameof(Resources.Innovation.LedSubtitle)], published), spec, provincial.SampleRecords > 0)
        {
            Drill = click => DashboardUrls.Studios(filter with { StudioLevel = StudioLevel.Provincial, CraftsmanLed = click.Index == 0 }),
        };
    }

    public DashboardChart StaffInnovation()
    {
        var years = data.StaffInnovationByYear;
        var spec = new ChartSpec(ChartKind.Bar, YearLabels(years.Select(y => y.Year)),
            [
                Series(loc[nameof(Resources.Innovation.Proposals)], years, y => y.RationalisationProposals, y => ChineseNumberFormat.FormatNumber(y.RationalisationProposals, s_proposals, culture)),
                Series(loc[nameof(Resources.Innovation.TechnicalInnovations)], years, y => y.TechnicalInnovations, y => ChineseNumberFormat.FormatNumber(y.TechnicalInnovations, s_innovations, culture))
                    with { AsLine = true, OnSecondaryAxis = true },
            ])
        {
            CategoryTitle = loc[nameof(Resources.Innovation.Year)],
            SecondaryAxis = new ChartAxis(),
        }.InUnits(s_proposals, culture, s_innovations);
        var proposals = figures.Find(data.PublishedProposalsCode);
        var innovations = figures.Find(data.PublishedTechnicalInnovationsCode);
        var note = !_wholeProvince ? null : string.Format(loc[nameof(Resources.Innovation.StaffTotals)],
            ChineseNumberFormat.FormatNumber(years.Sum(y => y.RationalisationProposals), s_proposals, culture),
            ChineseNumberFormat.FormatNumber(years.Sum(y => y.TechnicalInnovations), s_innovations, culture),
            proposals is null ? "—" : ChineseNumberFormat.Format(proposals, culture), proposals?.Code,
            innovations is null ? "—" : ChineseNumberFormat.Format(innovations, culture), innovations?.Code);
        return new DashboardChart("innovation-staff", loc[nameof(Resources.Innovation.StaffTitle)], loc[nameof(Resources.Innovation.StaffSubtitle)], spec,
            years.Any(y => y.IncludesSample), note, Wide: true)
        {
            NoRecords = common[nameof(Resources.Dashboards.TalliesOnly)],
        };
    }

    /// <summary>The charts of savings and achievements count the provincial studios' achievements, so their bars open those.</summary>
    private static string ProvincialAchievements(DashboardFilter narrowed) => DashboardUrls.Achievements(narrowed with { StudioLevel = StudioLevel.Provincial });
}
