using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Utils;

/// <summary>A filter read from a URL, with the parts that could not be used ("from=3000", "city=999999").</summary>
public sealed record FilterParseResult(DashboardFilter Filter, IReadOnlyList<string> Dropped);

/// <summary>
/// The dashboard filter in the query string, and only there: <c>?from=2021&amp;to=2025&amp;region=510700&amp;industry=…&amp;tier=city&amp;level=Provincial&amp;sample=0</c>,
/// and the drill criteria a chart click adds (<c>batch</c>, <c>studio-level</c>, <c>category</c>, <c>led</c>, <c>above-scale</c>,
/// <c>honour</c>, <c>year=unknown</c>). Defaults are left out, so the whole province is the bare path.
/// </summary>
public static class FilterQuery
{
    public const string From = "from";
    public const string To = "to";
    public const string Region = "region";
    public const string Industry = "industry";
    public const string Tier = "tier";
    public const string Level = "level";
    public const string Sample = "sample";
    public const string Batch = "batch";
    public const string StudioLevel = "studio-level";
    public const string Category = "category";
    public const string CraftsmanLed = "led";
    public const string AboveScale = "above-scale";
    public const string Honour = "honour";
    public const string Year = "year";

    /// <summary>Links made before the 市州 key was renamed used "city", which read like the tier code "city".</summary>
    public const string LegacyRegion = "city";

    private const string Unknown = "unknown";

    // Wide enough for any record the federation keeps, narrow enough to catch a typo such as 3000.
    public const int MinYear = 1990;
    public const int MaxYear = 2099;

    // A dropped value is echoed in a notice; past this it is cut, so a crafted link cannot fill the page.
    private const int MaxEchoedLength = 40;
    private const int MaxHonourLength = 100;

    /// <summary>"name=value" as a notice names a refused parameter, a long value cut.</summary>
    public static string Echo(string name, string value) => $"{name}={(value.Length > MaxEchoedLength ? value[..MaxEchoedLength] + "…" : value)}";

    /// <summary>The query string of a filter, leading "?" included, or "" for the whole province.</summary>
    public static string Format(DashboardFilter filter) => QueryString.Build(Pairs(filter));

    /// <summary>A filter's name=value pairs, defaults left out.</summary>
    public static IEnumerable<(string Name, string Value)> Pairs(DashboardFilter filter)
    {
        var parts = new List<(string Name, string Value)>();
        void Add(string name, string value) => parts.Add((name, value));
        if (filter.FromYear is { } from)
        {
            Add(From, from.ToString(CultureInfo.InvariantCulture));
        }
        if (filter.ToYear is { } to)
        {
            Add(To, to.ToString(CultureInfo.InvariantCulture));
        }
        filter.Regions.ToList().ForEach(region => Add(Region, region));
        filter.Industries.ToList().ForEach(industry => Add(Industry, industry));
        if (filter.Tier is { } tier)
        {
            Add(Tier, tier);
        }
        if (filter.Level is { } level)
        {
            Add(Level, level.ToString());
        }
        if (!filter.IncludeSample)
        {
            Add(Sample, "0");
        }
        if (filter.Batch is { } batch)
        {
            Add(Batch, batch.ToString(CultureInfo.InvariantCulture));
        }
        if (filter.StudioLevel is { } studioLevel)
        {
            Add(StudioLevel, studioLevel.ToString());
        }
        if (filter.Category is { } category)
        {
            Add(Category, category.ToString());
        }
        if (filter.CraftsmanLed is { } led)
        {
            Add(CraftsmanLed, led ? "1" : "0");
        }
        if (filter.AboveScale is { } above)
        {
            Add(AboveScale, above ? "1" : "0");
        }
        if (filter.Honour is { } honour)
        {
            Add(Honour, honour);
        }
        if (filter.YearUnknown)
        {
            Add(Year, Unknown);
        }
        return parts;
    }

    /// <summary>
    /// The reader's own filter in <paramref name="uri"/>, as a query string ("" when there is none), without the drill
    /// criteria: what a link to another page carries so the filter follows the reader. Values are passed on as they
    /// are; the page they reach checks them.
    /// </summary>
    public static string ReaderQuery(string uri)
    {
        var given = QueryString.Pairs(uri).ToLookup(p => p.Name, p => p.Value);
        return QueryString.Build(s_readerKeys.SelectMany(name => given[name].Select(value => (name == LegacyRegion ? Region : name, value))));
    }

    private static readonly string[] s_readerKeys = [From, To, Region, LegacyRegion, Industry, Tier, Level, Sample];

    /// <summary>Reads the filter from a URL. Values it does not know are dropped and listed, never thrown; other parameters are ignored.</summary>
    public static FilterParseResult Parse(string uri, FilterVocabulary vocabulary)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query);
        var dropped = new List<string>();
        string[] Values(string name) => query.TryGetValue(name, out var values) ? values.OfType<string>().ToArray() : [];

        string? Single(string name)
        {
            var values = Values(name);
            foreach (var extra in values.Skip(1))
            {
                Drop<string?>(name, extra, null);
            }
            return values.FirstOrDefault();
        }

        bool? Flag(string name) => Single(name) switch
        {
            null => null,
            "1" or "true" => true,
            "0" or "false" => false,
            var text => Drop<bool?>(name, text, null),
        };

        TEnum? Named<TEnum>(string name) where TEnum : struct, Enum => Single(name) switch
        {
            null => null,
            var text when Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _) => parsed,
            var text => Drop<TEnum?>(name, text, null),
        };

        int? YearIn(string name) => Single(name) switch
        {
            null => null,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear => year,
            var text => Drop<int?>(name, text, null),
        };

        IReadOnlyList<string> Codes(IReadOnlyList<FilterOption> known, params string[] names)
        {
            var given = names.SelectMany(name => Values(name).Select(code => (Name: name, Code: code))).DistinctBy(v => v.Code).ToList();
            foreach (var unknown in given.Where(v => known.All(k => k.Code != v.Code)))
            {
                Drop<string?>(unknown.Name, unknown.Code, null);
            }
            return given.Where(v => known.Any(k => k.Code == v.Code)).Select(v => v.Code).ToList();
        }

        T Drop<T>(string name, string value, T fallback)
        {
            dropped.Add(Echo(name, value));
            return fallback;
        }

        var fromYear = YearIn(From);
        var toYear = YearIn(To);
        if (fromYear > toYear)
        {
            dropped.Add($"{From}={fromYear}&{To}={toYear}");
            (fromYear, toYear) = (null, null);
        }
        var filter = new DashboardFilter
        {
            FromYear = fromYear,
            ToYear = toYear,
            Regions = Codes(vocabulary.Regions, Region, LegacyRegion),
            Industries = Codes(vocabulary.Industries, Industry),
            Tier = Single(Tier) switch
            {
                null => null,
                var tier when vocabulary.Tiers.Any(t => t.Code == tier) => tier,
                var tier => Drop<string?>(Tier, tier, null),
            },
            Level = Named<CompetitionLevel>(Level),
            IncludeSample = Flag(Sample) ?? true,
            Batch = Single(Batch) switch
            {
                null => null,
                var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch is > 0 and < 100 => batch,
                var text => Drop<int?>(Batch, text, null),
            },
            StudioLevel = Named<StudioLevel>(StudioLevel),
            Category = Named<AchievementCategory>(Category),
            CraftsmanLed = Flag(CraftsmanLed),
            AboveScale = Flag(AboveScale),
            Honour = Single(Honour) switch
            {
                null => null,
                var text when text.Length is > 0 and <= MaxHonourLength => text,
                var text => Drop<string?>(Honour, text, null),
            },
            YearUnknown = Single(Year) switch
            {
                null => false,
                Unknown => true,
                var text => Drop(Year, text, false),
            },
        };
        if (filter.YearUnknown && (fromYear is not null || toYear is not null))
        {
            // "Year not stated" and a year range cannot both hold; the range is the reader's own choice, so it stays.
            dropped.Add($"{Year}={Unknown}");
            filter = filter with { YearUnknown = false };
        }
        return new FilterParseResult(filter, dropped);
    }
}
