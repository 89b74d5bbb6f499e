namespace Dashboard.Data.Import;

/// <summary>A field a row changes on an existing record, with the value before and after, as the file writes codes.</summary>
public sealed record FieldChange(ImportColumn Column, string? Before, string? After);

/// <summary>What one row does: adds a record, or updates the record its key names (no field changes: it is unchanged).</summary>
public sealed record RowChange(int Row, bool IsNew, IReadOnlyList<FieldChange> Fields)
{
    public bool IsUnchanged => !IsNew && Fields.Count == 0;
}

/// <summary>What a checked file does to the database, row by row, and the rows that name a record the reader cannot find.</summary>
public sealed record ImportOutcome(IReadOnlyList<RowChange> Rows, IReadOnlyList<ImportError> Errors)
{
    /// <summary>
    /// The records the rows add, not tracked by the context they were applied to: <see cref="ImportWriter"/> writes them in
    /// bulk. One refers to another new record (an entry to its new competition) through its navigation.
    /// </summary>
    public IReadOnlyList<object> NewRecords { get; init; } = [];

    public int Added => Rows.Count(r => r.IsNew);

    public int Updated => Rows.Count(r => !r.IsNew && !r.IsUnchanged);

    public int Unchanged => Rows.Count(r => r.IsUnchanged);
}
