using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>
/// Each active criterion of a filter as the reader reads it: "2021–2023年", "成都", "市级工匠", "省级工作室",
/// "“五小”成果", "不含示例数据". Together they say in words what a drill-down level holds.
/// </summary>
public sealed class FilterText(
    DashboardFilter filter, FilterVocabulary vocabulary, IStringLocalizer<Resources.Lists> loc, IStringLocalizer<Resources.Competitions> competitionLoc)
{
    public string? Years => (filter.FromYear, filter.ToYear, filter.YearUnknown) switch
    {
        (_, _, true) => loc[nameof(Resources.Lists.YearUnknown)].Value,
        ({ } from, { } to, _) when from == to => loc[nameof(Resources.Lists.SingleYear), from].Value,
        ({ } from, { } to, _) => loc[nameof(Resources.Lists.YearRange), from, to].Value,
        ({ } from, null, _) => loc[nameof(Resources.Lists.FromYear), from].Value,
        (null, { } to, _) => loc[nameof(Resources.Lists.ToYear), to].Value,
        _ => null,
    };

    public IReadOnlyList<string> Regions => Names(filter.Regions, vocabulary.Regions);

    public IReadOnlyList<string> Industries => Names(filter.Industries, vocabulary.Industries);

    public string? Tier => Names(filter.Tier is { } tier ? [tier] : [], vocabulary.Tiers).SingleOrDefault();

    public string? Level => filter.Level is { } level ? competitionLoc[$"Level_{level}"].Value : null;

    public string? Sample => filter.IncludeSample ? null : loc[nameof(Resources.Lists.SampleExcluded)].Value;

    /// <summary>The criteria a chart's drill adds, in the order a reader would say them.</summary>
    public IReadOnlyList<string> Drill => new[]
    {
        filter.Batch is { } batch ? loc[nameof(Resources.Lists.BatchNumber), batch].Value : null,
        filter.Honour,
        filter.StudioLevel is { } studioLevel ? loc[nameof(Resources.Lists.StudioLevelScope), loc[$"StudioLevel_{studioLevel}"].Value].Value : null,
        filter.CraftsmanLed is { } led ? loc[led ? nameof(Resources.Lists.CraftsmanLed) : nameof(Resources.Lists.NotCraftsmanLed)].Value : null,
        filter.Category is { } category ? loc[$"Category_{category}"].Value : null,
        filter.AboveScale is { } above ? loc[above ? nameof(Resources.Lists.AboveScale) : nameof(Resources.Lists.BelowScale)].Value : null,
    }.OfType<string>().ToList();

    public IReadOnlyList<string> All =>
        new[] { Years }.Concat(Regions).Concat(Industries).Append(Tier).Append(Level).Concat(Drill).Append(Sample).OfType<string>().ToList();

    private static List<string> Names(IReadOnlyList<string> codes, IReadOnlyList<FilterOption> options)
        => options.Where(o => codes.Contains(o.Code)).Select(o => DashboardCultures.Pick(o.NameZh, o.NameEn)).ToList();
}
