using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Utils;

/// <summary>A filter read from a URL, with the parts that could not be used ("from=3000", "city=999999").</summary>
public sealed record FilterParseResult(DashboardFilter Filter, IReadOnlyList<string> Dropped);

/// <summary>
/// The dashboard filter in the query string, and only there: <c>?from=2021&amp;to=2025&amp;city=510700&amp;industry=…&amp;tier=city&amp;level=Provincial&amp;sample=0</c>.
/// Defaults are left out, so the whole province is the bare path.
/// </summary>
public static class FilterQuery
{
    public const string From = "from";
    public const string To = "to";
    public const string Region = "city";
    public const string Industry = "industry";
    public const string Tier = "tier";
    public const string Level = "level";
    public const string Sample = "sample";

    // Wide enough for any record the federation keeps, narrow enough to catch a typo such as 3000.
    public const int MinYear = 1990;
    public const int MaxYear = 2099;

    public static IReadOnlyList<string> Names { get; } = [From, To, Region, Industry, Tier, Level, Sample];

    /// <summary>The query string of a filter, leading "?" included, or "" for the whole province.</summary>
    public static string Format(DashboardFilter filter)
    {
        var parts = new List<string>();
        void Add(string name, string value) => parts.Add($"{name}={Uri.EscapeDataString(value)}");
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
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>Reads the filter from a URL. Values it does not know are dropped and listed, never thrown; other parameters are ignored.</summary>
    public static FilterParseResult Parse(string uri, FilterVocabulary vocabulary)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query);
        var dropped = new List<string>();
        string[] Values(string name) => query.TryGetValue(name, out var values) ? values.OfType<string>().ToArray() : [];

        string? Single(string name)
        {
            var values = Values(name);
            dropped.AddRange(values.Skip(1).Select(v => $"{name}={v}"));
            return values.FirstOrDefault();
        }

        int? Year(string name) => Single(name) switch
        {
            null => null,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear => year,
            var text => Drop<int?>(name, text, null),
        };

        IReadOnlyList<string> Codes(string name, IReadOnlyList<FilterOption> known)
        {
            var codes = Values(name).Distinct().ToList();
            dropped.AddRange(codes.Where(c => known.All(k => k.Code != c)).Select(c => $"{name}={c}"));
            return codes.Where(c => known.Any(k => k.Code == c)).ToList();
        }

        T Drop<T>(string name, string value, T fallback)
        {
            dropped.Add($"{name}={value}");
            return fallback;
        }

        var fromYear = Year(From);
        var toYear = Year(To);
        if (fromYear > toYear)
        {
            dropped.Add($"{From}={fromYear}&{To}={toYear}");
            (fromYear, toYear) = (null, null);
        }
        var filter = new DashboardFilter
        {
            FromYear = fromYear,
            ToYear = toYear,
            Regions = Codes(Region, vocabulary.Regions),
            Industries = Codes(Industry, vocabulary.Industries),
            Tier = Single(Tier) switch
            {
                null => null,
                var tier when vocabulary.Tiers.Any(t => t.Code == tier) => tier,
                var tier => Drop<string?>(Tier, tier, null),
            },
            Level = Single(Level) switch
            {
                null => null,
                var level when Enum.TryParse<CompetitionLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(level, out _) => parsed,
                var level => Drop<CompetitionLevel?>(Level, level, null),
            },
            IncludeSample = Single(Sample) switch
            {
                null or "1" or "true" => true,
                "0" or "false" => false,
                var sample => Drop(Sample, sample, true),
            },
        };
        return new FilterParseResult(filter, dropped);
    }
}
