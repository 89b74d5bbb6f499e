using Dashboard.Data.Import;

namespace Dashboard.Data.Entities;

public enum ImportBatchStatus
{
    /// <summary>Waiting for the import before it to finish: imports run one at a time.</summary>
    Queued,
    Running,
    Committed,
    /// <summary>Nothing was written: the file no longer passed its check, or the server stopped mid-write.</summary>
    Failed,
    Undone,
}

/// <summary>
/// One import of one file, or one record edited on its detail page: who, when, what it changed, and what undoing it
/// restores. Edits are batches of one record, so an edit is audited, reverted and guarded like an import.
/// </summary>
public sealed class ImportBatch
{
    public int Id { get; set; }

    public ImportKind Kind { get; set; }

    /// <summary>A record edited on its detail page; its <see cref="FileName"/> is the record's name.</summary>
    public bool IsEdit { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file as uploaded (of the edited values for an edit), in hex: which file it was, without keeping it.</summary>
    public required string FileSha256 { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The address the import was confirmed from, for the audit log.</summary>
    public string? ClientAddress { get; set; }

    /// <summary>The 市州 the importing account was bound to: the batch's rows are of that 市州, and only its staff may undo it.</summary>
    public string? RegionScope { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public ImportBatchStatus Status { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Why the batch failed, in the terms of <see cref="ImportErrorKind"/> or the server's reason.</summary>
    public string? Failure { get; set; }

    public DateTime? UndoneUtc { get; set; }

    public string? UndoneBy { get; set; }

    public List<ImportBatchChange> Changes { get; set; } = [];
}

/// <summary>One record a batch added, updated or removed, and what undoing the batch restores.</summary>
public sealed class ImportBatchChange
{
    public long Id { get; set; }

    public int BatchId { get; set; }

    public ImportBatch? Batch { get; set; }

    /// <summary>The entity's name in the model (Craftsman, CompetitionEntry …).</summary>
    public required string Entity { get; set; }

    /// <summary>The record's key values, as JSON: {"Id":12} or {"CompetitionId":3,"EnterpriseId":7}.</summary>
    public required string RecordKey { get; set; }

    public bool WasAdded { get; set; }

    /// <summary>
    /// For added records known by one integer key, the run of consecutive keys this row stands for (<see cref="RecordKey"/>
    /// names the first): one row for an import's 100,000 new craftsmen rather than 100,000. Null on every other row.
    /// </summary>
    public long? FirstId { get; set; }

    /// <inheritdoc cref="FirstId"/>
    public long? LastId { get; set; }

    /// <summary>
    /// Removed by an edit: a competition entry given another enterprise is that enterprise's entry instead, since an
    /// entry is known by its enterprise. Undo puts it back from <see cref="Before"/>.
    /// </summary>
    public bool WasRemoved { get; set; }

    /// <summary>
    /// For an updated record, the changed fields' values before, as JSON; for a removed one, all its values. Undo
    /// writes them back.
    /// </summary>
    public string? Before { get; set; }
}
