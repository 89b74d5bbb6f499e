namespace Dashboard.Web.Utils.Export;

/// <summary>A table to hand to a spreadsheet: a title, one header per column, and rows of cells.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);

/// <summary>One cell: text, a number (kept a number so a spreadsheet can sum it), or empty.</summary>
public readonly record struct ExportCell
{
    private ExportCell(string? text, decimal? number)
    {
        Text = text;
        Number = number;
    }

    public string? Text { get; }

    public decimal? Number { get; }

    public static ExportCell Empty => default;

    public bool IsEmpty => Text is null && Number is null;

    public static ExportCell FromText(string? text) => new(text, null);

    public static ExportCell FromNumber(decimal number) => new(null, number);

    /// <summary>A drawn value: a gap, NaN or a value beyond decimal's range stays empty.</summary>
    public static ExportCell FromNumber(double? number) =>
        number is { } value && double.IsFinite(value) && Math.Abs(value) < (double)decimal.MaxValue
            ? new(null, (decimal)value)
            : Empty;

    public static implicit operator ExportCell(string? text) => FromText(text);

    public static implicit operator ExportCell(decimal number) => FromNumber(number);

    /// <summary>A year, count or sum that may be unknown: unknown stays empty.</summary>
    public static implicit operator ExportCell(decimal? number) => number is { } value ? FromNumber(value) : Empty;
}

/// <summary>One column of an exported list: its header and how a row fills it.</summary>
public sealed record ExportColumn<TRow>(string Header, Func<TRow, ExportCell> Cell);
