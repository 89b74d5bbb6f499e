using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Changes;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Import;

/// <summary>Who asks for an import or an undo, the 市州 their account is bound to, and where they ask from.</summary>
public sealed record ImportRequester(string UserId, string UserName, RecordScope Scope, string? ClientAddress = null)
{
    public AuditActor Actor => new(UserId, UserName, ClientAddress);

    /// <summary>The signed-in <paramref name="user"/>, with the 市州 their account is bound to.</summary>
    public static ImportRequester Of(ClaimsPrincipal user, string? clientAddress) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity?.Name ?? "", DashboardClaimsPrincipalFactory.ScopeOf(user), clientAddress);
}

/// <summary>What became of an edit.</summary>
public enum EditOutcome
{
    Saved,
    Unchanged,
    /// <summary>The values did not pass the import's checks; the errors say which.</summary>
    Invalid,
    /// <summary>The record changed since the editor read it: nothing was saved, and the form shows it as it is now.</summary>
    Conflict,
    NotFound,
}

public sealed record EditResult(EditOutcome Outcome, IReadOnlyList<ImportError> Errors, int? BatchId = null);

/// <summary>Why an undo was refused.</summary>
public enum UndoRefusal
{
    NotFound,
    NotCommitted,
    OtherRegion,
    ChangedLater,
}

/// <summary>
/// Writes checked files as batches, one at a time, each in one transaction, and undoes them. A batch records every
/// record it added, updated or removed (with the updated fields' values before, the removed record's all), so undo
/// removes the added and restores the rest; it refuses when a later batch changed one of the same records.
/// </summary>
public sealed class ImportBatches(
    [FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> wholeDatabase,
    DbContextOptions<DashboardDbContext> options, TimeProvider clock, IRecordChangeNotifier changes, AuditLog audit)
{
    // One write at a time across the app: two imports at once are queued, never interleaved.
    private static readonly SemaphoreSlim s_writing = new(1, 1);

    /// <summary>Records that others refer to go last: an entry before its competition, an achievement before its studio.</summary>
    private static readonly string[] s_deleteOrder =
        [nameof(InnovationAchievement), nameof(CompetitionEntry), nameof(InnovationStudio), nameof(Competition), nameof(Craftsman), nameof(Enterprise)];

    // Rows read so far by the batch being written, for the page to show; gone once the batch is done.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _progress = new();

    /// <summary>How many of its rows a running batch has read and checked so far; null when it is not running here.</summary>
    public int? RowsRead(int batchId) => _progress.TryGetValue(batchId, out var rows) ? rows : null;

    /// <summary>Records the batch as queued, with the file's hash; the file itself is read when the batch runs.</summary>
    public async Task<int> QueueAsync(ImportKind kind, Stream file, string fileName, ImportRequester requester, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        file.Position = 0;
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        var batch = new ImportBatch
        {
            Kind = kind, FileName = fileName, FileSha256 = hash, UserId = requester.UserId, UserName = requester.UserName,
            RegionScope = requester.Scope.RegionCode, ClientAddress = requester.ClientAddress, CreatedUtc = clock.GetUtcNow().UtcDateTime, Status = ImportBatchStatus.Queued,
        };
        db.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch.Id;
    }

    /// <summary>
    /// Checks the file again and writes it in one transaction with the batch's record of changes: a file that no longer
    /// passes, or a failure mid-write, leaves the records as they were and the batch failed.
    /// </summary>
    public async Task<ImportBatch> RunAsync(int batchId, Stream file, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        ImportBatch batch;
        await s_writing.WaitAsync(cancellationToken);
        try
        {
            await SetStatusAsync(batchId, ImportBatchStatus.Running, null, cancellationToken);
            try
            {
                _progress[batchId] = 0;
                await WriteAsync(batchId, file, limits, cancellationToken);
                batch = await GetAsync(batchId, cancellationToken) ?? throw new InvalidOperationException($"Batch {batchId} is gone.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The transaction rolled back: nothing of the file was written.
                return await SetStatusAsync(batchId, ImportBatchStatus.Failed, ex is SpreadsheetException spreadsheet ? spreadsheet.Kind.ToString() : ex.Message, CancellationToken.None);
            }
        }
        finally
        {
            _progress.TryRemove(batchId, out _);
            s_writing.Release();
        }
        await changes.NotifyAsync(new RecordChange(clock.GetUtcNow()), cancellationToken);
        return batch;
    }

    /// <summary>A batch left queued or running by a server that stopped wrote nothing: its transaction never committed.</summary>
    public async Task<int> FailInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportBatch>().Where(b => b.Status == ImportBatchStatus.Queued || b.Status == ImportBatchStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Failed).SetProperty(b => b.Failure, "Interrupted"), cancellationToken);
    }

    public async Task<ImportBatch?> GetAsync(int batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
    }

    /// <summary>When records last changed by an import or an undo; null while they are as seeded.</summary>
    public async Task<DateTime?> LatestRecordChangeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        return await LatestChangeAsync(db.ImportBatches, cancellationToken);
    }

    /// <summary>
    /// When a record last changed by an import, an edit or an undo (for a competition entry, it or its competition): an
    /// editor's form keeps it, and saving refuses when it has moved since. Null for a record as seeded.
    /// </summary>
    public async Task<DateTime?> LastChangeAsync(ImportKind kind, RecordRef record, CancellationToken cancellationToken = default)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        return await LastChangeAsync(db, ImportDefinitions.For(kind), record, cancellationToken);
    }

    private static async Task<DateTime?> LastChangeAsync(DashboardDbContext db, IImportDefinition definition, RecordRef record, CancellationToken cancellationToken)
    {
        DateTime? latest = null;
        foreach (var (entity, keyValues) in definition.RecordsOf(record))
        {
            var key = JsonSerializer.Serialize(keyValues);
            var changes = db.ImportBatchChanges.Where(c => c.Entity == entity);
            latest = Later(latest, await LatestChangeAsync(changes.Where(c => c.RecordKey == key).Select(c => c.Batch!), cancellationToken));
            if (IdOf(key) is { } id)
            {
                latest = Later(latest, await LatestChangeAsync(changes.Where(c => c.FirstId <= id && id <= c.LastId).Select(c => c.Batch!), cancellationToken));
            }
        }
        return latest;
    }

    private static DateTime? Later(DateTime? one, DateTime? other) => other > one || one is null ? other : one;

    /// <summary>The key of a record known by one integer, as a run of added records holds it; null for any other key.</summary>
    private static long? IdOf(string recordKey)
        => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(recordKey)!.Values.ToList() is [{ ValueKind: JsonValueKind.Number } only] && only.TryGetInt64(out var id)
            ? id : null;

    /// <summary>The latest commit or undo among <paramref name="batches"/>: a failed batch changed nothing.</summary>
    private static async Task<DateTime?> LatestChangeAsync(IQueryable<ImportBatch> batches, CancellationToken cancellationToken)
    {
        var committed = await batches.Where(b => b.Status == ImportBatchStatus.Committed || b.Status == ImportBatchStatus.Undone).MaxAsync(b => b.FinishedUtc, cancellationToken);
        return Later(committed, await batches.MaxAsync(b => b.UndoneUtc, cancellationToken));
    }

    /// <summary>
    /// Saves one record's edited values, given as the import's cells in column order, with the import's checks, as a
    /// batch of one record (so it is audited with before and after and can be undone), in one transaction. Refused,
    /// saving nothing, when the record changed after <paramref name="seenChange"/> (what <see cref="LastChangeAsync"/>
    /// said when the form was filled). The batch lists every record the edit changed: a competition entry's edit may
    /// change its competition too.
    /// </summary>
    public async Task<EditResult> EditAsync(ImportKind kind, RecordRef record, DateTime? seenChange, IReadOnlyList<string> cells, ImportRequester requester,
        CancellationToken cancellationToken = default)
    {
        var definition = ImportDefinitions.For(kind);
        EditResult result;
        await s_writing.WaitAsync(cancellationToken);
        try
        {
            await using var db = new DashboardDbContext(options) { RegionScope = requester.Scope.RegionCode };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await LastChangeAsync(db, definition, record, cancellationToken) != seenChange)
            {
                return new EditResult(EditOutcome.Conflict, []);
            }
            var outcome = await definition.CheckAndEditAsync(db, record, cells, await ImportVocabulary.LoadAsync(db, cancellationToken), requester.Scope,
                ImportCells.LatestYear(clock), cancellationToken);
            if (outcome.Errors.Count > 0 || outcome.Rows is not [var change] || change.IsUnchanged)
            {
                return new EditResult(outcome.Errors.Count > 0 ? EditOutcome.Invalid : outcome.Rows.Count == 0 ? EditOutcome.NotFound : EditOutcome.Unchanged, outcome.Errors);
            }
            var changes = await ImportWriter.SaveAsync(db, outcome, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var name = definition.NameOf(cells);
            var batch = new ImportBatch
            {
                Kind = kind, IsEdit = true, FileName = name, UserId = requester.UserId, UserName = requester.UserName,
                FileSha256 = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001F', cells)))),
                RegionScope = requester.Scope.RegionCode, ClientAddress = requester.ClientAddress, CreatedUtc = now, FinishedUtc = now,
                Status = ImportBatchStatus.Committed, Updated = 1,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            batch.Changes.AddRange(changes);
            db.AuditEntries.Add(audit.ToEntry(new AuditEvent(AuditActions.RecordEdited, requester.Actor)
            {
                TargetId = $"{definition.RecordsOf(record)[^1].Entity} {record.Id}{(record.EnterpriseId is { } enterprise ? $" {enterprise}" : "")}",
                TargetName = name,
                Details = $"#{batch.Id}",
                Before = change.Fields.ToDictionary(f => f.Column.HeaderZh, f => f.Before),
                After = change.Fields.ToDictionary(f => f.Column.HeaderZh, f => f.After),
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = new EditResult(EditOutcome.Saved, [], batch.Id);
        }
        finally
        {
            s_writing.Release();
        }
        await changes.NotifyAsync(new RecordChange(clock.GetUtcNow()), cancellationToken);
        return result;
    }

    /// <summary>The latest batches a reader of <paramref name="scope"/> may see: a bound account sees its 市州's.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(RecordScope scope, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportBatch>().AsNoTracking().Where(b => scope.RegionCode == null || b.RegionScope == scope.RegionCode)
            .OrderByDescending(b => b.Id).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Removes what the batch added and restores what it updated, in one transaction. Refused when the batch is not
    /// committed, belongs to another 市州, or a later committed batch changed one of its records.
    /// </summary>
    public async Task<UndoRefusal?> UndoAsync(int batchId, ImportRequester requester, CancellationToken cancellationToken = default)
    {
        await s_writing.WaitAsync(cancellationToken);
        try
        {
            await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Set<ImportBatch>().Include(b => b.Changes).SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
            if (await RefusalAsync(db, batch, requester, cancellationToken) is { } refusal)
            {
                return refusal;
            }
            await RestoreUpdatedAsync(db, batch!.Changes.Where(c => !c.WasAdded && !c.WasRemoved), cancellationToken);
            await DeleteAddedAsync(db, batch.Changes.Where(c => c.WasAdded), cancellationToken);
            RestoreRemoved(db, batch.Changes.Where(c => c.WasRemoved));
            (batch.Status, batch.UndoneUtc, batch.UndoneBy) = (ImportBatchStatus.Undone, clock.GetUtcNow().UtcDateTime, requester.UserName);
            db.AuditEntries.Add(audit.ToEntry(Audited(AuditActions.ImportUndone, requester.Actor, batch)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            s_writing.Release();
        }
        await changes.NotifyAsync(new RecordChange(clock.GetUtcNow()), cancellationToken);
        return null;
    }

    /// <summary>Writes the updated records' fields back as they were before the batch.</summary>
    private static async Task RestoreUpdatedAsync(DashboardDbContext db, IEnumerable<ImportBatchChange> updated, CancellationToken cancellationToken)
    {
        foreach (var change in updated)
        {
            var entityType = EntityType(db, change);
            var keyValues = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(change.RecordKey)!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(p => keyValues[p.Name].Deserialize(p.ClrType)).ToArray();
            if (await db.FindAsync(entityType.ClrType, key, cancellationToken) is not { } entity)
            {
                continue;
            }
            WriteValues(db.Entry(entity), change.Before);
        }
    }

    /// <summary>Adds the removed records back with their key and every value they had.</summary>
    private static void RestoreRemoved(DashboardDbContext db, IEnumerable<ImportBatchChange> removed)
    {
        foreach (var change in removed)
        {
            var entry = db.Entry(Activator.CreateInstance(EntityType(db, change).ClrType)!);
            WriteValues(entry, change.RecordKey);
            WriteValues(entry, change.Before);
            entry.State = EntityState.Added;
        }
    }

    /// <summary>Sets the properties a batch recorded, as JSON by name, to the values recorded.</summary>
    private static void WriteValues(EntityEntry entry, string? values)
    {
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(values ?? "{}")!)
        {
            entry.Property(name).CurrentValue = value.Deserialize(entry.Property(name).Metadata.ClrType);
        }
    }

    /// <summary>
    /// Deletes the added records by key or by run of keys, a few hundred a statement, dependents first: a batch of 100,000
    /// rows is undone in seconds, not one look-up per record. Raw SQL inside the transaction; the whole-database context
    /// has no 市州 filter.
    /// </summary>
    private static async Task DeleteAddedAsync(DashboardDbContext db, IEnumerable<ImportBatchChange> added, CancellationToken cancellationToken)
    {
        foreach (var group in added.GroupBy(c => c.Entity).OrderBy(g => Array.IndexOf(s_deleteOrder, g.Key)))
        {
            var entityType = EntityType(db, group.First());
            var table = entityType.GetTableName()!;
            var key = entityType.FindPrimaryKey()!.Properties;
            var columns = key.Select(p => p.GetColumnName()).ToList();
            foreach (var chunk in group.Chunk(500))
            {
                var parameters = new List<object>();
                var rows = chunk.Select(change =>
                {
                    if (change is { FirstId: { } first, LastId: { } last })
                    {
                        parameters.Add(first);
                        parameters.Add(last);
                        return $"(\"{columns[0]}\" BETWEEN {{{parameters.Count - 2}}} AND {{{parameters.Count - 1}}})";
                    }
                    var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(change.RecordKey)!;
                    return "(" + string.Join(" AND ", key.Select((p, i) =>
                    {
                        parameters.Add(values[p.Name].Deserialize(p.ClrType)!);
                        return $"\"{columns[i]}\" = {{{parameters.Count - 1}}}";
                    })) + ")";
                });
                // Table and column names come from the model; every value is a parameter.
                var sql = $"DELETE FROM \"{table}\" WHERE {string.Join(" OR ", rows)}";
                await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            }
        }
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IEntityType EntityType(DashboardDbContext db, ImportBatchChange change)
        => db.Model.GetEntityTypes().Single(t => t.ClrType.Name == change.Entity);

    private static async Task<UndoRefusal?> RefusalAsync(DashboardDbContext db, ImportBatch? batch, ImportRequester requester, CancellationToken cancellationToken)
    {
        if (batch is null)
        {
            return UndoRefusal.NotFound;
        }
        if (batch.Status != ImportBatchStatus.Committed)
        {
            return UndoRefusal.NotCommitted;
        }
        if (requester.Scope.RegionCode is { } own && batch.RegionScope != own)
        {
            return UndoRefusal.OtherRegion;
        }
        var records = batch.Changes.Select(c => c.Entity + "\u001F" + c.RecordKey).ToHashSet();
        var runs = batch.Changes.Where(c => c.FirstId is not null).ToLookup(c => c.Entity);
        var later = await db.Set<ImportBatchChange>()
            .Where(c => c.BatchId > batch.Id && c.Batch!.Status == ImportBatchStatus.Committed)
            .Select(c => new { c.Entity, c.RecordKey })
            .ToListAsync(cancellationToken);
        // A later batch names each record it updated or removed by its own key, never by a run: runs are added records.
        return later.Any(c => records.Contains(c.Entity + "\u001F" + c.RecordKey)
            || (runs.Contains(c.Entity) && IdOf(c.RecordKey) is { } id && runs[c.Entity].Any(run => run.FirstId <= id && id <= run.LastId)))
            ? UndoRefusal.ChangedLater : null;
    }

    private async Task WriteAsync(int batchId, Stream file, ImportLimits limits, CancellationToken cancellationToken)
    {
        var batch = await GetAsync(batchId, cancellationToken) ?? throw new InvalidOperationException($"Batch {batchId} is gone.");
        var definition = ImportDefinitions.For(batch.Kind);
        var (headers, rows) = SpreadsheetReader.Read(file, batch.FileName, limits);
        // The importer's own scope, as when they previewed: a bound account writes only its 市州's records.
        await using var db = new DashboardDbContext(options) { RegionScope = batch.RegionScope };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var vocabulary = await ImportVocabulary.LoadAsync(db, cancellationToken);
        var counted = rows.Select((row, index) =>
        {
            _progress[batchId] = index + 1;
            return row;
        });
        var outcome = await definition.CheckAndApplyAsync(db, headers, counted, vocabulary, new RecordScope(batch.RegionScope),
            ImportCells.LatestYear(clock), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The file no longer passes its check: {outcome.Errors.Count} problems, the first {outcome.Errors[0]}.");
        }

        var changes = await ImportWriter.SaveAsync(db, outcome, cancellationToken);
        var saved = await db.Set<ImportBatch>().AsTracking().SingleAsync(b => b.Id == batch.Id, cancellationToken);
        changes.ForEach(change => change.BatchId = saved.Id);
        await Bulk.BulkInsert.InsertAsync(db, changes, cancellationToken);
        (saved.Status, saved.FinishedUtc, saved.Added, saved.Updated, saved.Unchanged) =
            (ImportBatchStatus.Committed, clock.GetUtcNow().UtcDateTime, outcome.Added, outcome.Updated, outcome.Unchanged);
        db.AuditEntries.Add(audit.ToEntry(Audited(AuditActions.ImportCommitted, new AuditActor(saved.UserId, saved.UserName, saved.ClientAddress), saved)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The audit entry of a commit or an undo: the batch, its kind and file, and what it added and updated.</summary>
    private static AuditEvent Audited(string action, AuditActor actor, ImportBatch batch) => new(action, actor)
    {
        Details = $"#{batch.Id}",
        After = new Dictionary<string, string?>
        {
            ["Batch"] = $"#{batch.Id}",
            ["Kind"] = batch.Kind.ToString(),
            ["File"] = batch.FileName,
            ["Added"] = batch.Added.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Updated"] = batch.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    private async Task<ImportBatch> SetStatusAsync(int batchId, ImportBatchStatus status, string? failure, CancellationToken cancellationToken)
    {
        await using var db = await wholeDatabase.CreateDbContextAsync(cancellationToken);
        var batch = await db.Set<ImportBatch>().AsTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
        (batch.Status, batch.Failure) = (status, failure);
        if (status == ImportBatchStatus.Failed)
        {
            batch.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}
