using Dashboard.Data.Queries;

namespace Dashboard.Web.Model;

/// <summary>
/// The published figures a dashboard's records name by code. A page builds it once from the figures read once per
/// app, so the records it persists across renders carry codes only.
/// </summary>
public sealed class PublishedFigures(IEnumerable<PublishedFigure> figures)
{
    private readonly Dictionary<string, PublishedFigure> _byCode = figures.ToDictionary(f => f.Code);

    /// <summary>The figure with this code; null for no code, or a code the database holds no figure for.</summary>
    public PublishedFigure? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>The figures with these codes, each once, in the source's order; codes with no figure are left out.</summary>
    public IReadOnlyList<PublishedFigure> FindAll(IEnumerable<string?> codes)
        => codes.Distinct().Select(Find).OfType<PublishedFigure>().OrderBy(PublishedFigure.SourceOrder, StringComparer.Ordinal).ToList();
}
