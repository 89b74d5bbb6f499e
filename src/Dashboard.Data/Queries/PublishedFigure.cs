using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>
/// A published indicator as the UI shows and cites it. Dashboard records name one by its <see cref="Code"/> only: a
/// page resolves the codes from <see cref="IndicatorQueries.GetPublishedFiguresAsync"/>, read once per app, so a
/// record holds no copies of figures and stays small enough for a page to carry from one render to the next.
/// </summary>
public sealed record PublishedFigure(
    string Code,
    DashboardArea Area,
    string LabelZh,
    string LabelEn,
    decimal Value,
    decimal? SecondValue,
    Qualifier Qualifier,
    string? Unit,
    string? UnitEn,
    string? PeriodZh,
    string? PeriodEn,
    string? AsOf,
    string Locator,
    string? NoteZh,
    string? NoteEn,
    string SourceTitleZh,
    string SourceTitleEn)
{
    /// <summary>
    /// The order the source lists its figures in: tiers, competitions, innovation, and by number within
    /// each (T2 before T10). Order by it with <see cref="StringComparer.Ordinal"/>.
    /// </summary>
    public static string SourceOrder(PublishedFigure figure)
        => $"{(int)figure.Area}{figure.Code[0]}{figure.Code.Length:00}{figure.Code}";
}
