namespace Dashboard.Data.Import;

/// <summary>What is wrong with a file or one of its cells; the web app words each kind in the reader's language.</summary>
public enum ImportErrorKind
{
    FileTooLarge,
    TooLargeUnpacked,
    UnsupportedFileType,
    Unreadable,
    NoHeader,
    MissingColumn,
    Required,
    UnknownRegion,
    UnknownIndustry,
    UnknownTier,
    UnknownLevel,
    UnknownCategory,
    NotAYear,
    YearOutOfRange,
    NotAWholeNumber,
    Negative,
    NotAnAmount,
    NotYesNo,
    BatchNotForTier,
    DuplicateInFile,
    OtherRegion,
    UnknownStudio,
    UnknownEnterprise,
    UnknownCraftsman,
    TooLong,
    /// <summary>An edit names an enterprise that already has an entry in the competition.</summary>
    AlreadyEntered,
}

/// <summary>
/// One problem, located as the spreadsheet shows it: row number (header = 1) and column header; null for a
/// problem of the whole file. <paramref name="Value"/> is what the cell held, <paramref name="Expected"/> a hint
/// such as the allowed range, in the file's terms.
/// </summary>
public sealed record ImportError(ImportErrorKind Kind, int? Row = null, string? Column = null, string? Value = null, string? Expected = null);
