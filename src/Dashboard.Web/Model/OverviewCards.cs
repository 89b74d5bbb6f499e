using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>
/// Maps the overview query's figures to KPI cards. For the whole province a card leads with the published
/// figure and shows the records beside it; under a filter it leads with the filtered records, since the
/// published figures are province-wide, and names the province's figure in a footnote.
/// </summary>
/// <param name="figures">Resolves the codes of published figures the snapshot names.</param>
public sealed class OverviewCards(OverviewSnapshot snapshot, PublishedFigures figures, DashboardFilter filter, IStringLocalizer<Resources.Overview> loc,
    IStringLocalizer<Resources.Dashboards> common, CultureInfo culture)
{
    private static readonly MeasureUnit s_competitions = new("个", "competitions");
    private static readonly MeasureUnit s_studios = new("家", "studios");
    private readonly bool _wholeProvince = filter.IsWholeProvince;
    private readonly string _query = FilterQuery.Format(filter);

    public IReadOnlyList<KpiCardModel> Tiers()
        => snapshot.Tiers.Select(tier =>
        {
            var key = $"tier-{tier.TierCode}";
            var title = DashboardCultures.Pick(tier.NameZh, tier.NameEn);
            var published = figures.Find(tier.PublishedCode);
            return _wholeProvince && published is not null
                ? new KpiCardModel(key, title, ChineseNumberFormat.Format(published, culture), FigureProvenance.Of(published),
                    [RecordsFootnote(tier.Records, tier.SampleRecords, MeasureUnit.People)], Link(DashboardUrls.TiersPath))
                : new KpiCardModel(key, title, ChineseNumberFormat.FormatNumber(tier.Records, MeasureUnit.People, culture),
                    FigureProvenance.FromRecords(tier.SampleRecords > 0), ProvinceFootnote(published), Link(DashboardUrls.TiersPath));
        }).ToList();

    public IReadOnlyList<KpiCardModel> Programmes() => [Competitions(), Participation(), Savings(), Studios()];

    /// <summary>Every published figure the cards cite, in the source's order: the sources of a printed 总览.</summary>
    public IReadOnlyList<PublishedFigure> CitedFigures()
        => figures.FindAll(snapshot.Tiers.Select(t => t.PublishedCode)
            .Concat(snapshot.ProvincialDemonstrationCompetitions.Select(c => c.TargetCode))
            .Concat(snapshot.AboveScaleParticipation.Select(p => p.TargetCode))
            .Concat(snapshot.StudioSavings.Select(s => s.PublishedCode))
            .Concat([snapshot.Studios.PublishedCode, snapshot.Studios.PublishedCraftsmanLedCode, snapshot.Studios.PublishedAlternativeCode]));

    private KpiCardModel Competitions()
    {
        const string key = "competitions";
        var years = snapshot.ProvincialDemonstrationCompetitions;
        var competitions = years.LastOrDefault();
        var target = TargetFootnote(figures.Find(competitions?.TargetCode));
        return competitions is null
            ? NoRecords(key, loc[nameof(Resources.Overview.CompetitionsTitleNoYear)], target, DashboardUrls.CompetitionsPath)
            : new KpiCardModel(key, string.Format(loc[nameof(Resources.Overview.CompetitionsTitle)], competitions.Year),
                ChineseNumberFormat.FormatNumber(competitions.Count, s_competitions, culture),
                FigureProvenance.FromRecords(competitions.SampleRecords > 0),
                [.. YearOnYearFootnote(years, c => c.Year, c => c.Count, asPoints: false), .. target], Link(DashboardUrls.CompetitionsPath));
    }

    private KpiCardModel Participation()
    {
        const string key = "participation";
        var years = snapshot.AboveScaleParticipation;
        var share = years.LastOrDefault();
        var target = TargetFootnote(figures.Find(share?.TargetCode));
        return share is null
            ? NoRecords(key, loc[nameof(Resources.Overview.ParticipationTitleNoYear)], target, DashboardUrls.CompetitionsPath)
            : new KpiCardModel(key, string.Format(loc[nameof(Resources.Overview.ParticipationTitle)], share.Year),
                ChineseNumberFormat.FormatNumber(share.Percent, MeasureUnit.Percent, culture),
                FigureProvenance.FromRecords(share.IncludesSample),
                [new(string.Format(loc[nameof(Resources.Overview.ParticipationFootnote)], share.Participating, share.AboveScaleEnterprises)),
                    .. YearOnYearFootnote(years, s => s.Year, s => s.Percent, asPoints: true), .. target],
                Link(DashboardUrls.CompetitionsPath));
    }

    private KpiCardModel Savings()
    {
        const string key = "savings";
        string title = loc[nameof(Resources.Overview.SavingsTitle)];
        var years = snapshot.StudioSavings;
        var savings = years.LastOrDefault();
        var yearOnYear = YearOnYearFootnote(years, y => y.Year, y => y.SavingsYuan, asPoints: false);
        return (figures.Find(savings?.PublishedCode), savings) switch
        {
            // The published figure leads; the latest year of records stands beside it.
            ({ } published, { } fromRecords) when _wholeProvince => new KpiCardModel(key, title, ChineseNumberFormat.Format(published, culture),
                FigureProvenance.Of(published),
                [new(string.Format(loc[nameof(Resources.Overview.SavingsRecordsFootnote)], fromRecords.Year,
                    ChineseNumberFormat.FormatNumber(fromRecords.SavingsYuan, MeasureUnit.Yuan, culture), fromRecords.Achievements), fromRecords.IncludesSample), .. yearOnYear],
                Link(DashboardUrls.InnovationPath)),
            // The records lead, so their total is the card's value rather than a footnote.
            (var published, { } fromRecords) => new KpiCardModel(key, title, ChineseNumberFormat.FormatNumber(fromRecords.SavingsYuan, MeasureUnit.Yuan, culture),
                FigureProvenance.FromRecords(fromRecords.IncludesSample), [.. yearOnYear, .. ProvinceFootnote(published)], Link(DashboardUrls.InnovationPath)),
            _ => NoRecords(key, title, [], DashboardUrls.InnovationPath),
        };
    }

    private KpiCardModel Studios()
    {
        const string key = "studios";
        var studios = snapshot.Studios;
        string title = loc[nameof(Resources.Overview.StudiosTitle)];
        var records = RecordsFootnote(studios.Provincial, studios.SampleRecords, s_studios);
        var published = figures.Find(studios.PublishedCode);
        if (!_wholeProvince || published is null)
        {
            return new KpiCardModel(key, title, ChineseNumberFormat.FormatNumber(studios.Provincial, s_studios, culture),
                FigureProvenance.FromRecords(studios.SampleRecords > 0), ProvinceFootnote(published), Link(DashboardUrls.InnovationPath));
        }

        var footnotes = new List<KpiFootnote>();
        if (figures.Find(studios.PublishedCraftsmanLedCode) is { } led)
        {
            footnotes.Add(new(string.Format(loc[nameof(Resources.Overview.CraftsmanLedFootnote)], ChineseNumberFormat.Format(led, culture), led.Code)));
        }
        if (figures.Find(studios.PublishedAlternativeCode) is { } alternative)
        {
            footnotes.Add(new(string.Format(loc[nameof(Resources.Overview.AlternativeCountFootnote)], ChineseNumberFormat.Format(alternative, culture), alternative.Code)));
        }
        footnotes.Add(records);
        return new KpiCardModel(key, title, ChineseNumberFormat.Format(published, culture), FigureProvenance.Of(published), footnotes, Link(DashboardUrls.InnovationPath));
    }

    /// <summary>A dashboard link that keeps the reader's filter.</summary>
    private string Link(string path) => path + _query;

    /// <summary>同比 of the latest year on the year before it, when the two are consecutive years.</summary>
    private KpiFootnote[] YearOnYearFootnote<T>(IReadOnlyList<T> years, Func<T, int> year, Func<T, decimal> value, bool asPoints)
        => years is [.., var previous, var latest] && year(previous) == year(latest) - 1
            && ChartText.YearOnYear(value(latest), value(previous), asPoints, common, culture) is { } change
            ? [new(change)]
            : [];

    private KpiFootnote RecordsFootnote(int records, int sampleRecords, MeasureUnit unit)
    {
        var text = string.Format(loc[nameof(Resources.Overview.RecordsFootnote)], ChineseNumberFormat.FormatNumber(records, unit, culture));
        return sampleRecords > 0
            // {0} carries the unit ("，其中示例 3人"), {1} is the bare count (", 3 of them sample").
            ? new(text + string.Format(loc[nameof(Resources.Overview.SampleRecordsSuffix)],
                ChineseNumberFormat.FormatNumber(sampleRecords, unit, culture), ChineseNumberFormat.FormatNumber(sampleRecords, default, culture)), IsSample: true)
            : new(text);
    }

    /// <summary>Under a filter, the province's published figure as context, not as the value.</summary>
    private KpiFootnote[] ProvinceFootnote(PublishedFigure? published)
        => _wholeProvince || published is null
            ? []
            : [new(string.Format(loc[nameof(Resources.Overview.ProvinceFootnote)], ChineseNumberFormat.Format(published, culture), published.Code))];

    private KpiFootnote[] TargetFootnote(PublishedFigure? target)
        => target is null ? [] : [new(string.Format(loc[nameof(Resources.Overview.TargetFootnote)], ChineseNumberFormat.Format(target, culture), target.Code))];

    private KpiCardModel NoRecords(string key, string title, IReadOnlyList<KpiFootnote> footnotes, string path)
        => new(key, title, loc[nameof(Resources.Overview.NoRecords)], FigureProvenance.FromRecords(includesSample: false), footnotes, Link(path));
}
