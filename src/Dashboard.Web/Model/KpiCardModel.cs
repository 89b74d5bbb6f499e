using Dashboard.Data.Queries;

namespace Dashboard.Web.Model;

/// <summary>One KPI card: a formatted figure, where it comes from, and lines that put it in context.</summary>
/// <param name="Key">Stable name for tests and styling, e.g. "tier-national".</param>
public sealed record KpiCardModel(string Key, string Title, string Value, FigureProvenance Provenance, IReadOnlyList<KpiFootnote> Footnotes, string? Href);

public sealed record KpiFootnote(string Text, bool IsSample = false);

/// <summary>A figure is either published (and cites its indicator) or computed from records, which may include sample ones.</summary>
public sealed record FigureProvenance(PublishedFigure? Published, bool IsSample)
{
    public static FigureProvenance Of(PublishedFigure published) => new(published, IsSample: false);

    public static FigureProvenance FromRecords(bool includesSample) => new(Published: null, includesSample);
}
