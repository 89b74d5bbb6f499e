using Dashboard.Data.Queries;

namespace Dashboard.Data.Import;

/// <summary>The rows of a file that parsed, each with its spreadsheet row number, and every problem found.</summary>
public sealed record ParsedImport<TRow>(IReadOnlyList<(int Row, TRow Value)> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks a whole file before anything is written: its header against the kind's columns, then every row, all
/// problems listed, not only the first. A bound account's rows must name its own 市州.
/// </summary>
public static class ImportParser
{
    public static ParsedImport<TRow> Parse<TRow>(
        ImportDefinition<TRow> definition, IReadOnlyList<string> headers, IEnumerable<SheetRow> rows,
        ImportVocabulary vocabulary, RecordScope scope, int latestYear) where TRow : class
    {
        var errors = new List<ImportError>();
        var columns = MatchHeaders(definition, headers, errors);
        if (errors.Count > 0)
        {
            return new ParsedImport<TRow>([], errors);
        }

        var parsed = new List<(int, TRow)>();
        var firstRowOfKey = new Dictionary<string, int>();
        foreach (var sheetRow in rows)
        {
            var reader = new ImportRowReader(sheetRow, columns, vocabulary, latestYear, errors);
            if (definition.Parse(reader) is not { } row)
            {
                continue;
            }
            if (scope.RegionCode is { } own && definition.RegionColumn is { } regionColumn && definition.RegionOf(row) != own)
            {
                reader.Error(regionColumn, ImportErrorKind.OtherRegion, own);
                continue;
            }
            var key = definition.KeyOf(row);
            if (firstRowOfKey.TryGetValue(key, out var first))
            {
                reader.Error(definition.Columns.First(c => c.Key), ImportErrorKind.DuplicateInFile, first.ToString());
                continue;
            }
            firstRowOfKey[key] = sheetRow.Number;
            parsed.Add((sheetRow.Number, row));
        }
        return new ParsedImport<TRow>(parsed, errors);
    }

    /// <summary>Each column's position and header as the file spells it, by its Chinese or English header; a required column missing is an error.</summary>
    private static Dictionary<ImportColumn, (int Index, string Header)> MatchHeaders<TRow>(
        ImportDefinition<TRow> definition, IReadOnlyList<string> headers, List<ImportError> errors) where TRow : class
    {
        // By reference: a column's record equality would hash both its headers on every cell read.
        var columns = new Dictionary<ImportColumn, (int, string)>(ReferenceEqualityComparer.Instance);
        foreach (var column in definition.Columns)
        {
            var index = headers.ToList().FindIndex(h => Same(h, column.HeaderZh) || Same(h, column.HeaderEn));
            if (index >= 0)
            {
                columns[column] = (index, headers[index]);
            }
            else if (column.Required)
            {
                errors.Add(new ImportError(ImportErrorKind.MissingColumn, Row: 1, Column: column.HeaderZh));
            }
        }
        return columns;
    }

    /// <summary>Headers match ignoring case, space and the full-width or half-width form of brackets.</summary>
    private static bool Same(string header, string expected) => Normalize(header) == Normalize(expected);

    private static string Normalize(string header)
        => header.Trim().Replace(" ", "").Replace("（", "(").Replace("）", ")").ToUpperInvariant();
}
