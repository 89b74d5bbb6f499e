using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>Each active criterion of a filter as the reader reads it: "2021–2023年", "成都", "市级工匠", "不含示例数据".</summary>
public sealed class FilterText(
    DashboardFilter filter, FilterVocabulary vocabulary, IStringLocalizer<Resources.Lists> loc, IStringLocalizer<Resources.Competitions> competitionLoc)
{
    public string? Years => (filter.FromYear, filter.ToYear) switch
    {
        ({ } from, { } to) => loc[nameof(Resources.Lists.YearRange), from, to].Value,
        ({ } from, null) => loc[nameof(Resources.Lists.FromYear), from].Value,
        (null, { } to) => loc[nameof(Resources.Lists.ToYear), to].Value,
        _ => null,
    };

    public IReadOnlyList<string> Regions => Names(filter.Regions, vocabulary.Regions);

    public IReadOnlyList<string> Industries => Names(filter.Industries, vocabulary.Industries);

    public string? Tier => Names(filter.Tier is { } tier ? [tier] : [], vocabulary.Tiers).SingleOrDefault();

    public string? Level => filter.Level is { } level ? competitionLoc[$"Level_{level}"].Value : null;

    public string? Sample => filter.IncludeSample ? null : loc[nameof(Resources.Lists.SampleExcluded)].Value;

    public IReadOnlyList<string> All =>
        new[] { Years }.Concat(Regions).Concat(Industries).Append(Tier).Append(Level).Append(Sample).OfType<string>().ToList();

    private static List<string> Names(IReadOnlyList<string> codes, IReadOnlyList<FilterOption> options)
        => options.Where(o => codes.Contains(o.Code)).Select(o => DashboardCultures.Pick(o.NameZh, o.NameEn)).ToList();
}
