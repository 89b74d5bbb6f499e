using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// What a file would do, before anything is written: every problem, or the rows added, updated and unchanged and
/// how the kind's record count moves.
/// </summary>
public sealed record ImportPreview(ImportKind Kind, string FileName, ImportOutcome Outcome, int CountBefore)
{
    public bool CanImport => Outcome.Errors.Count == 0 && Outcome.Rows.Count > 0;

    public int CountAfter => CountBefore + Outcome.Added;
}

/// <summary>Checks and previews import files for the reader, within the reader's 市州.</summary>
public sealed class ImportService(IDbContextFactory<DashboardDbContext> readerDb, IRecordScopeSource scopes, TimeProvider clock)
{
    /// <summary>Reads and checks <paramref name="file"/> whole and applies it to a context that is then thrown away.</summary>
    /// <exception cref="SpreadsheetException">The file is not a readable spreadsheet within the limits.</exception>
    public async Task<ImportPreview> PreviewAsync(ImportKind kind, Stream file, string fileName, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        var definition = ImportDefinitions.For(kind);
        var (headers, rows) = SpreadsheetReader.Read(file, fileName, limits);
        await using var db = await readerDb.CreateDbContextAsync(cancellationToken);
        var vocabulary = await ImportVocabulary.LoadAsync(db, cancellationToken);
        var countBefore = await definition.CountAsync(db, cancellationToken);
        var outcome = await definition.CheckAndApplyAsync(db, headers, rows, vocabulary, await scopes.GetScopeAsync(cancellationToken),
            ImportCells.LatestYear(clock), cancellationToken);
        return new ImportPreview(kind, fileName, outcome, countBefore);
    }
}
