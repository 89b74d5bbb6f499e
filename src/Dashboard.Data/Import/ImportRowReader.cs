namespace Dashboard.Data.Import;

/// <summary>
/// Reads one row's cells by column, each read checked: a problem is added to the file's errors with the row,
/// the column's header as the file spells it and the value found, and the read gives null.
/// </summary>
public sealed class ImportRowReader
{
    private readonly SheetRow _row;
    private readonly IReadOnlyDictionary<ImportColumn, (int Index, string Header)> _columns;
    private readonly ImportVocabulary _vocabulary;
    private readonly int _latestYear;
    private readonly List<ImportError> _errors;

    internal ImportRowReader(SheetRow row, IReadOnlyDictionary<ImportColumn, (int Index, string Header)> columns, ImportVocabulary vocabulary,
        int latestYear, List<ImportError> errors)
        => (_row, _columns, _vocabulary, _latestYear, _errors) = (row, columns, vocabulary, latestYear, errors);

    public int Number => _row.Number;

    /// <summary>Whether any read of this row found a problem.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The cell's text, or null when empty (an error when the column is required).</summary>
    public string? Text(ImportColumn column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return column.Required ? Fail(column, ImportErrorKind.Required, text) : null;
        }
        return text.Length > column.MaxLength ? Fail(column, ImportErrorKind.TooLong, text[..40] + "…", column.MaxLength.ToString()) : text;
    }

    public string? Region(ImportColumn column) => Code(column, _vocabulary.RegionCode, ImportErrorKind.UnknownRegion);

    public string? Industry(ImportColumn column) => Code(column, _vocabulary.IndustryCode, ImportErrorKind.UnknownIndustry);

    public string? Tier(ImportColumn column) => Code(column, _vocabulary.TierCode, ImportErrorKind.UnknownTier);

    /// <summary>A year from 2000 to this year.</summary>
    public int? Year(ImportColumn column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }
        if (ImportCells.WholeNumber(text) is not { } year)
        {
            return Fail<int>(column, ImportErrorKind.NotAYear, text);
        }
        return year >= ImportCells.EarliestYear && year <= _latestYear
            ? (int)year
            : Fail<int>(column, ImportErrorKind.YearOutOfRange, text, $"{ImportCells.EarliestYear}–{_latestYear}");
    }

    /// <summary>A whole number of zero or more.</summary>
    public int? Count(ImportColumn column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }
        return ImportCells.WholeNumber(text) switch
        {
            null or > int.MaxValue => Fail<int>(column, ImportErrorKind.NotAWholeNumber, text),
            < 0 => Fail<int>(column, ImportErrorKind.Negative, text),
            var count => (int)count,
        };
    }

    /// <summary>Whole 元, written plainly or with 万/亿; zero or more.</summary>
    public long? Yuan(ImportColumn column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }
        return ImportCells.Yuan(text) switch
        {
            null => Fail<long>(column, ImportErrorKind.NotAnAmount, text),
            < 0 => Fail<long>(column, ImportErrorKind.Negative, text),
            var yuan => yuan,
        };
    }

    public bool? YesNo(ImportColumn column)
        => Text(column) is { } text ? ImportCells.YesNo(text) ?? Fail<bool>(column, ImportErrorKind.NotYesNo, text) : null;

    /// <summary>One of a fixed set of labels (a level, a category).</summary>
    public T? Choice<T>(ImportColumn column, Func<string, T?> parse, ImportErrorKind unknown) where T : struct
        => Text(column) is { } text ? parse(text) ?? Fail<T>(column, unknown, text) : null;

    /// <summary>Records a problem of this row that no single read finds, such as a 届次 on a tier that has none.</summary>
    public void Error(ImportColumn column, ImportErrorKind kind, string? expected = null)
        => Fail(column, kind, Raw(column), expected);

    private string Raw(ImportColumn column)
        => _columns.TryGetValue(column, out var at) && at.Index < _row.Cells.Count ? _row.Cells[at.Index] : "";

    private string? Code(ImportColumn column, Func<string, string?> resolve, ImportErrorKind unknown)
        => Text(column) is { } text ? resolve(text) ?? Fail(column, unknown, text) : null;

    private string? Fail(ImportColumn column, ImportErrorKind kind, string value, string? expected = null)
    {
        _errors.Add(new ImportError(kind, _row.Number, _columns.TryGetValue(column, out var at) ? at.Header : column.HeaderZh, value, expected));
        HasErrors = true;
        return null;
    }

    private T? Fail<T>(ImportColumn column, ImportErrorKind kind, string value, string? expected = null) where T : struct
    {
        Fail(column, kind, value, expected);
        return null;
    }
}
