using Dashboard.Data.Entities;

namespace Dashboard.Data.Queries;

/// <summary>A published indicator as the UI shows and cites it.</summary>
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
    string SourceTitleEn);
