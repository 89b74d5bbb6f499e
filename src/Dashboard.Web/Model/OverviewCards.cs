using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>Maps the overview query's figures to KPI cards: the published figure first where one exists, the records beside it.</summary>
public static class OverviewCards
{
    private static readonly MeasureUnit s_competitions = new("个", "competitions");
    private static readonly MeasureUnit s_studios = new("家", "studios");

    public static IReadOnlyList<KpiCardModel> Tiers(OverviewSnapshot snapshot, IStringLocalizer<Resources.Overview> loc, CultureInfo culture)
        => snapshot.Tiers.Select(tier =>
        {
            var records = RecordsFootnote(tier.Records, tier.SampleRecords, MeasureUnit.People, loc, culture);
            return tier.Published is { } published
                ? new KpiCardModel($"tier-{tier.TierCode}", DashboardCultures.Pick(tier.NameZh, tier.NameEn), ChineseNumberFormat.Format(published, culture),
                    FigureProvenance.Of(published), [records], DashboardUrls.TiersPath)
                : new KpiCardModel($"tier-{tier.TierCode}", DashboardCultures.Pick(tier.NameZh, tier.NameEn), ChineseNumberFormat.FormatNumber(tier.Records, MeasureUnit.People, culture),
                    FigureProvenance.FromRecords(tier.SampleRecords > 0), [], DashboardUrls.TiersPath);
        }).ToList();

    public static IReadOnlyList<KpiCardModel> Programmes(OverviewSnapshot snapshot, IStringLocalizer<Resources.Overview> loc,
        IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
        => [Competitions(snapshot.ProvincialDemonstrationCompetitions, loc, common, culture),
            Participation(snapshot.AboveScaleParticipation, loc, common, culture),
            Savings(snapshot.StudioSavings, loc, common, culture),
            Studios(snapshot.Studios, loc, culture)];

    private static KpiCardModel Competitions(IReadOnlyList<CompetitionYearCount> years, IStringLocalizer<Resources.Overview> loc,
        IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
    {
        const string key = "competitions";
        var competitions = years.LastOrDefault();
        var footnotes = TargetFootnote(competitions?.Target, loc, culture);
        return competitions is null
            ? NoRecords(key, loc[nameof(Resources.Overview.CompetitionsTitleNoYear)], footnotes, DashboardUrls.CompetitionsPath, loc)
            : new KpiCardModel(key, string.Format(loc[nameof(Resources.Overview.CompetitionsTitle)], competitions.Year),
                ChineseNumberFormat.FormatNumber(competitions.Count, s_competitions, culture),
                FigureProvenance.FromRecords(competitions.SampleRecords > 0),
                [.. YearOnYearFootnote(years, c => c.Year, c => c.Count, asPoints: false, common, culture), .. footnotes], DashboardUrls.CompetitionsPath);
    }

    private static KpiCardModel Participation(IReadOnlyList<ParticipationShare> years, IStringLocalizer<Resources.Overview> loc,
        IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
    {
        const string key = "participation";
        var share = years.LastOrDefault();
        var target = TargetFootnote(share?.Target, loc, culture);
        return share is null
            ? NoRecords(key, loc[nameof(Resources.Overview.ParticipationTitleNoYear)], target, DashboardUrls.CompetitionsPath, loc)
            : new KpiCardModel(key, string.Format(loc[nameof(Resources.Overview.ParticipationTitle)], share.Year),
                ChineseNumberFormat.FormatNumber(share.Percent, MeasureUnit.Percent, culture),
                FigureProvenance.FromRecords(share.IncludesSample),
                [new(string.Format(loc[nameof(Resources.Overview.ParticipationFootnote)], share.Participating, share.AboveScaleEnterprises)),
                    .. YearOnYearFootnote(years, s => s.Year, s => s.Percent, asPoints: true, common, culture), .. target],
                DashboardUrls.CompetitionsPath);
    }

    private static KpiCardModel Savings(IReadOnlyList<YearlySavings> years, IStringLocalizer<Resources.Overview> loc,
        IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
    {
        const string key = "savings";
        string title = loc[nameof(Resources.Overview.SavingsTitle)];
        var savings = years.LastOrDefault();
        var records = savings is null
            ? []
            : new[]
            {
                new KpiFootnote(string.Format(loc[nameof(Resources.Overview.SavingsRecordsFootnote)], savings.Year,
                    ChineseNumberFormat.FormatNumber(savings.SavingsYuan, MeasureUnit.Yuan, culture), savings.Achievements), savings.IncludesSample),
            }.Concat(YearOnYearFootnote(years, y => y.Year, y => y.SavingsYuan, asPoints: false, common, culture)).ToArray();
        return (savings?.Published, savings) switch
        {
            ({ } published, _) => new KpiCardModel(key, title, ChineseNumberFormat.Format(published, culture), FigureProvenance.Of(published), records, DashboardUrls.InnovationPath),
            (null, { } fromRecords) => new KpiCardModel(key, title, ChineseNumberFormat.FormatNumber(fromRecords.SavingsYuan, MeasureUnit.Yuan, culture),
                FigureProvenance.FromRecords(fromRecords.IncludesSample), [], DashboardUrls.InnovationPath),
            _ => NoRecords(key, title, [], DashboardUrls.InnovationPath, loc),
        };
    }

    private static KpiCardModel Studios(StudioCounts studios, IStringLocalizer<Resources.Overview> loc, CultureInfo culture)
    {
        const string key = "studios";
        string title = loc[nameof(Resources.Overview.StudiosTitle)];
        var footnotes = new List<KpiFootnote>();
        if (studios.PublishedCraftsmanLed is { } led)
        {
            footnotes.Add(new(string.Format(loc[nameof(Resources.Overview.CraftsmanLedFootnote)], ChineseNumberFormat.Format(led, culture), led.Code)));
        }
        if (studios.PublishedAlternative is { } alternative)
        {
            footnotes.Add(new(string.Format(loc[nameof(Resources.Overview.AlternativeCountFootnote)], ChineseNumberFormat.Format(alternative, culture), alternative.Code)));
        }
        footnotes.Add(RecordsFootnote(studios.Provincial, studios.SampleRecords, s_studios, loc, culture));

        return studios.Published is { } published
            ? new KpiCardModel(key, title, ChineseNumberFormat.Format(published, culture), FigureProvenance.Of(published), footnotes, DashboardUrls.InnovationPath)
            : new KpiCardModel(key, title, ChineseNumberFormat.FormatNumber(studios.Provincial, s_studios, culture),
                FigureProvenance.FromRecords(studios.SampleRecords > 0), footnotes[..^1], DashboardUrls.InnovationPath);
    }

    /// <summary>同比 of the latest year on the year before it, when the two are consecutive years.</summary>
    private static KpiFootnote[] YearOnYearFootnote<T>(IReadOnlyList<T> years, Func<T, int> year, Func<T, decimal> value, bool asPoints,
        IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
        => years is [.., var previous, var latest] && year(previous) == year(latest) - 1
            && ChartText.YearOnYear(value(latest), value(previous), asPoints, common, culture) is { } change
            ? [new(change)]
            : [];

    private static KpiFootnote RecordsFootnote(int records, int sampleRecords, MeasureUnit unit, IStringLocalizer<Resources.Overview> loc, CultureInfo culture)
    {
        var text = string.Format(loc[nameof(Resources.Overview.RecordsFootnote)], ChineseNumberFormat.FormatNumber(records, unit, culture));
        return sampleRecords > 0
            // {0} carries the unit ("，其中示例 3人"), {1} is the bare count (", 3 of them sample").
            ? new(text + string.Format(loc[nameof(Resources.Overview.SampleRecordsSuffix)],
                ChineseNumberFormat.FormatNumber(sampleRecords, unit, culture), ChineseNumberFormat.FormatNumber(sampleRecords, default, culture)), IsSample: true)
            : new(text);
    }

    private static KpiFootnote[] TargetFootnote(PublishedFigure? target, IStringLocalizer<Resources.Overview> loc, CultureInfo culture)
        => target is null ? [] : [new(string.Format(loc[nameof(Resources.Overview.TargetFootnote)], ChineseNumberFormat.Format(target, culture), target.Code))];

    private static KpiCardModel NoRecords(string key, string title, IReadOnlyList<KpiFootnote> footnotes, string href, IStringLocalizer<Resources.Overview> loc)
        => new(key, title, loc[nameof(Resources.Overview.NoRecords)], FigureProvenance.FromRecords(includesSample: false), footnotes, href);
}
