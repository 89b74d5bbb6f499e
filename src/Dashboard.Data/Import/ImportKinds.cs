using System.Globalization;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

public enum ImportKind
{
    Craftsmen,
    Enterprises,
    Competitions,
    Studios,
    Achievements,
}

/// <summary>A column of an import file: its Chinese header (the template's) and the English one also accepted.</summary>
/// <param name="Key">Part of the natural key: a row whose key names an existing record updates it.</param>
/// <param name="MaxLength">The longest text the column's field holds in the database.</param>
public sealed record ImportColumn(string HeaderZh, string HeaderEn, bool Required = false, bool Key = false, int MaxLength = 100);

/// <summary>One kind of import, whatever its rows: what the import page and service work with.</summary>
public interface IImportDefinition
{
    ImportKind Kind { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>How many records of this kind the reader sees now: the figure a preview moves.</summary>
    Task<int> CountAsync(DashboardDbContext db, CancellationToken cancellationToken = default);

    /// <summary>
    /// The records an edit of <paramref name="record"/> may change, each as a batch names it (entity, and key values
    /// serialised as <see cref="Entities.ImportBatchChange.RecordKey"/> holds them): an edit is refused when one changed
    /// after the form was filled.
    /// </summary>
    IReadOnlyList<(string Entity, object Key)> RecordsOf(RecordRef record);

    /// <summary>How a batch and the audit log name the edited record, from its checked cells.</summary>
    string NameOf(IReadOnlyList<string> cells);

    /// <summary>
    /// Checks one record's values, given as the import's cells in column order, and writes them onto the real record
    /// <paramref name="record"/> the reader sees (its key may change). Nothing is saved: <see cref="ImportWriter"/> saves
    /// the outcome. Its errors, or its one row; neither when there is no such record.
    /// </summary>
    Task<ImportOutcome> CheckAndEditAsync(DashboardDbContext db, RecordRef record, IReadOnlyList<string> cells,
        ImportVocabulary vocabulary, Queries.RecordScope scope, int latestYear, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks every row (<see cref="ImportParser"/>) and, when they all pass, applies them
    /// (<see cref="ImportDefinition{TRow}.ApplyAsync"/>). Nothing is saved.
    /// </summary>
    Task<ImportOutcome> CheckAndApplyAsync(DashboardDbContext db, IReadOnlyList<string> headers, IEnumerable<SheetRow> rows,
        ImportVocabulary vocabulary, Queries.RecordScope scope, int latestYear, CancellationToken cancellationToken = default);
}

/// <summary>
/// The record an edit is of, by its id; a competition entry, which has no id of its own, by its competition's id and
/// its enterprise's.
/// </summary>
public readonly record struct RecordRef(int Id, int? EnterpriseId = null);

/// <summary>Every kind of import, by kind.</summary>
public static class ImportDefinitions
{
    public static IReadOnlyList<IImportDefinition> All { get; } =
    [
        new CraftsmanImportDefinition(),
        new EnterpriseImportDefinition(),
        new CompetitionEntryImportDefinition(),
        new StudioImportDefinition(),
        new AchievementImportDefinition(),
    ];

    public static IImportDefinition For(ImportKind kind) => All.Single(d => d.Kind == kind);
}

/// <summary>What one kind of import reads: its columns, how a row becomes a record, and the key that matches existing ones.</summary>
public abstract class ImportDefinition<TRow> : IImportDefinition where TRow : class
{
    public abstract ImportKind Kind { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    public abstract Task<int> CountAsync(DashboardDbContext db, CancellationToken cancellationToken = default);

    /// <summary>The row an edit's cells are checked as, as a spreadsheet numbers its first row under the header.</summary>
    protected const int EditRow = 2;

    public abstract IReadOnlyList<(string Entity, object Key)> RecordsOf(RecordRef record);

    public virtual string NameOf(IReadOnlyList<string> cells) => cells[0];

    /// <summary>
    /// Writes a checked row onto the real record <paramref name="record"/>: its change, or the errors of records the row
    /// names that the reader cannot find, or neither when the reader has no such record.
    /// </summary>
    public abstract Task<ImportOutcome> EditAsync(DashboardDbContext db, RecordRef record, TRow row, CancellationToken cancellationToken = default);

    public async Task<ImportOutcome> CheckAndEditAsync(DashboardDbContext db, RecordRef record, IReadOnlyList<string> cells,
        ImportVocabulary vocabulary, Queries.RecordScope scope, int latestYear, CancellationToken cancellationToken = default)
    {
        var parsed = ImportParser.Parse(this, [.. Columns.Select(c => c.HeaderZh)], [new SheetRow(EditRow, cells)], vocabulary, scope, latestYear);
        return parsed.IsValid ? await EditAsync(db, record, parsed.Rows[0].Value, cancellationToken) : new ImportOutcome([], parsed.Errors);
    }

    public async Task<ImportOutcome> CheckAndApplyAsync(DashboardDbContext db, IReadOnlyList<string> headers, IEnumerable<SheetRow> rows,
        ImportVocabulary vocabulary, Queries.RecordScope scope, int latestYear, CancellationToken cancellationToken = default)
    {
        var parsed = ImportParser.Parse(this, headers, rows, vocabulary, scope, latestYear);
        return parsed.IsValid ? await ApplyAsync(db, parsed.Rows, cancellationToken) : new ImportOutcome([], parsed.Errors);
    }

    /// <summary>The row as a record, or null when a read found a problem (the reader has recorded it).</summary>
    public abstract TRow? Parse(ImportRowReader row);

    /// <summary>The natural key: two rows of one file with the same key are a duplicate.</summary>
    public abstract string KeyOf(TRow row);

    /// <summary>The 市州 the row names, for a bound account's check; null where it names none.</summary>
    public abstract string? RegionOf(TRow row);

    /// <summary>
    /// The 市州 column, which a bound account's rows must fill with its own 市州; null for a kind that belongs to
    /// the 市州 of another record (an achievement, its studio's), which the reader's scope must then find.
    /// </summary>
    public abstract ImportColumn? RegionColumn { get; }

    /// <summary>The row's values, one per column, codes as codes: what a preview compares and shows.</summary>
    public abstract string?[] ValuesOf(TRow row);

    /// <summary>
    /// Applies checked rows: the real record a row's key names is updated in <paramref name="db"/>'s tracker, otherwise a
    /// new one is handed back, untracked, in <see cref="ImportOutcome.NewRecords"/>; sample records are never matched or
    /// changed. A row naming a record the reader cannot find (an enterprise, a studio) is an error. Nothing is saved: the
    /// caller previews, or saves the outcome with <see cref="ImportWriter"/> in its transaction.
    /// </summary>
    public abstract Task<ImportOutcome> ApplyAsync(DashboardDbContext db, IReadOnlyList<(int Row, TRow Value)> rows, CancellationToken cancellationToken = default);

    protected static string Key(params object?[] parts) => string.Join('\u001F', parts);

    /// <summary>Real records' ids by name, as rows name them; of two records with one name, the first.</summary>
    protected static async Task<IReadOnlyDictionary<string, int>> IdsByNameAsync(IQueryable<NamedId> records, CancellationToken cancellationToken)
        => (await records.ToListAsync(cancellationToken)).GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Min(r => r.Id));

    protected static IQueryable<NamedId> RealEnterprises(DashboardDbContext db)
        => db.Enterprises.Where(e => !e.IsSample).Select(e => new NamedId(e.Id, e.Name));

    protected static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    protected static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    protected RowChange Change(int row, string?[]? before, TRow after)
    {
        if (before is null)
        {
            return new RowChange(row, IsNew: true, []);
        }
        var values = ValuesOf(after);
        return new RowChange(row, IsNew: false,
            [.. Columns.Select((column, i) => new FieldChange(column, before[i], values[i])).Where(c => c.Before != c.After)]);
    }
}

/// <summary>
/// The common case: records of one table with an id, matched by key among the real records the reader sees. A row
/// updates its match or adds a record, an edit updates the record it names; either change is the difference of the
/// values before and after. Each kind says only how a record reads as a row and how a row is written onto one.
/// </summary>
public abstract class TableImportDefinition<TRow, TEntity> : ImportDefinition<TRow> where TRow : class where TEntity : class
{
    /// <summary>Writes a row onto a record; false, having recorded the error, when a record the row names is not found.</summary>
    protected delegate bool Assign(TEntity entity, TRow row, ImportRowLinks links);

    /// <summary>The real records the reader sees that rows may match, with whatever <see cref="AsRow"/> reads.</summary>
    protected abstract IQueryable<TEntity> Real(DashboardDbContext db);

    /// <summary>A record's natural key, as <see cref="ImportDefinition{TRow}.KeyOf"/> makes a row's.</summary>
    protected abstract string KeyOfRecord(TEntity entity);

    /// <summary>A record as the row that would write it.</summary>
    protected abstract TRow AsRow(TEntity entity);

    protected abstract TEntity Create();

    /// <summary>Loads the records rows may name (enterprises, craftsmen, studios) and says how a row is written.</summary>
    protected abstract Task<Assign> AssignerAsync(DashboardDbContext db, CancellationToken cancellationToken);

    public override Task<int> CountAsync(DashboardDbContext db, CancellationToken cancellationToken = default) => db.Set<TEntity>().CountAsync(cancellationToken);

    public override IReadOnlyList<(string Entity, object Key)> RecordsOf(RecordRef record) => [(typeof(TEntity).Name, new { record.Id })];

    public override async Task<ImportOutcome> ApplyAsync(DashboardDbContext db, IReadOnlyList<(int Row, TRow Value)> rows, CancellationToken cancellationToken = default)
    {
        var assign = await AssignerAsync(db, cancellationToken);
        var links = new ImportRowLinks([]);
        var byKey = (await Real(db).AsTracking().ToListAsync(cancellationToken)).GroupBy(KeyOfRecord).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<RowChange>();
        var added = new List<object>();
        foreach (var (number, row) in rows)
        {
            var found = byKey.GetValueOrDefault(KeyOf(row));
            var entity = found ?? Create();
            var before = found is null ? null : ValuesOf(AsRow(found));
            if (!assign(entity, row, links.For(number)))
            {
                continue;
            }
            if (found is null)
            {
                added.Add(entity);
            }
            changes.Add(Change(number, before, row));
        }
        return new ImportOutcome(changes, links.Errors) { NewRecords = added };
    }

    public override async Task<ImportOutcome> EditAsync(DashboardDbContext db, RecordRef record, TRow row, CancellationToken cancellationToken = default)
    {
        if (await Real(db).AsTracking().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == record.Id, cancellationToken) is not { } entity)
        {
            return new ImportOutcome([], []);
        }
        var before = ValuesOf(AsRow(entity));
        var links = new ImportRowLinks([]);
        return (await AssignerAsync(db, cancellationToken))(entity, row, links.For(EditRow))
            ? new ImportOutcome([Change(EditRow, before, row)], [])
            : new ImportOutcome([], links.Errors);
    }
}

/// <summary>A record's id and the name rows know it by.</summary>
public sealed record NamedId(int Id, string Name);

/// <summary>Looks up the records rows name (an enterprise, a studio, a craftsman) and collects the rows' errors when one is not there.</summary>
public sealed class ImportRowLinks(List<ImportError> errors)
{
    private int _row;

    public List<ImportError> Errors { get; } = errors;

    internal ImportRowLinks For(int row)
    {
        _row = row;
        return this;
    }

    /// <summary>The id <paramref name="name"/> has in <paramref name="ids"/>; an error, and null, when it has none.</summary>
    public int? Find(IReadOnlyDictionary<string, int> ids, string name, ImportColumn column, ImportErrorKind unknown)
    {
        if (ids.TryGetValue(name, out var id))
        {
            return id;
        }
        Errors.Add(new ImportError(unknown, _row, column.HeaderZh, name));
        return null;
    }
}

/// <param name="Batch">届次: only 四川工匠 are selected in numbered rounds.</param>
public sealed record CraftsmanImport(string Name, string TierCode, string? RegionCode, string? IndustryCode, string? Employer, int? Year, int? Batch);

public sealed class CraftsmanImportDefinition : TableImportDefinition<CraftsmanImport, Craftsman>
{
    public const string BatchedTier = "provincial";

    public static readonly ImportColumn Name = new("姓名", "Name", Required: true, Key: true, MaxLength: 50);
    public static readonly ImportColumn Tier = new("梯队", "Tier", Required: true, Key: true);
    public static readonly ImportColumn Region = new("市州", "City");
    public static readonly ImportColumn Industry = new("行业", "Industry");
    public static readonly ImportColumn Employer = new("工作单位", "Employer", Key: true);
    public static readonly ImportColumn Year = new("评选年份", "Year named");
    public static readonly ImportColumn Batch = new("届次", "Batch");

    public override ImportKind Kind => ImportKind.Craftsmen;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Name, Tier, Region, Industry, Employer, Year, Batch];

    public override ImportColumn? RegionColumn => Region;

    public override CraftsmanImport? Parse(ImportRowReader row)
    {
        var (name, tier, region, industry, employer, year) =
            (row.Text(Name), row.Tier(Tier), row.Region(Region), row.Industry(Industry), row.Text(Employer), row.Year(Year));
        var batch = row.Count(Batch);
        if (batch is not null && tier is not null && tier != BatchedTier)
        {
            row.Error(Batch, ImportErrorKind.BatchNotForTier);
        }
        return row.HasErrors ? null : new CraftsmanImport(name!, tier!, region, industry, employer, year, batch);
    }

    public override string KeyOf(CraftsmanImport row) => Key(row.Name, row.Employer, row.TierCode);

    public override string? RegionOf(CraftsmanImport row) => row.RegionCode;

    public override string?[] ValuesOf(CraftsmanImport row)
        => [row.Name, row.TierCode, row.RegionCode, row.IndustryCode, row.Employer, Text(row.Year), Text(row.Batch)];

    protected override IQueryable<Craftsman> Real(DashboardDbContext db) => db.Craftsmen.Where(c => !c.IsSample);

    protected override string KeyOfRecord(Craftsman c) => Key(c.Name, c.EmployerName, c.TierCode);

    protected override CraftsmanImport AsRow(Craftsman c) => new(c.Name, c.TierCode, c.RegionCode, c.IndustryCode, c.EmployerName, c.YearNamed, c.Batch);

    protected override Craftsman Create() => new() { Name = "", TierCode = "" };

    /// <summary>A craftsman's 工作单位 that names a real enterprise links to it.</summary>
    protected override async Task<Assign> AssignerAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var enterprises = await IdsByNameAsync(RealEnterprises(db), cancellationToken);
        var tierRanks = await db.TierRanksAsync(cancellationToken);
        return (c, row, _) =>
        {
            (c.Name, c.TierCode, c.TierRank, c.RegionCode, c.IndustryCode, c.YearNamed, c.Batch)
                = (row.Name, row.TierCode, tierRanks[row.TierCode], row.RegionCode, row.IndustryCode, row.Year, row.Batch);
            c.EnterpriseId = row.Employer is { } employer && enterprises.TryGetValue(employer, out var id) ? id
                : row.Employer == c.EmployerName ? c.EnterpriseId : null;
            c.EmployerName = row.Employer;
            return true;
        };
    }
}

public sealed record EnterpriseImport(string Name, string RegionCode, string IndustryCode, bool IsAboveScale, int? KeyEnterpriseYear);

public sealed class EnterpriseImportDefinition : TableImportDefinition<EnterpriseImport, Enterprise>
{
    public static readonly ImportColumn Name = new("企业名称", "Enterprise", Required: true, Key: true);
    public static readonly ImportColumn Region = new("市州", "City", Required: true);
    public static readonly ImportColumn Industry = new("行业", "Industry", Required: true);
    public static readonly ImportColumn AboveScale = new("是否规上企业", "Above designated size", Required: true);
    public static readonly ImportColumn KeyEnterpriseYear = new("千企行动入选年份", "Thousand-enterprise year");

    public override ImportKind Kind => ImportKind.Enterprises;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Name, Region, Industry, AboveScale, KeyEnterpriseYear];

    public override ImportColumn? RegionColumn => Region;

    public override EnterpriseImport? Parse(ImportRowReader row)
    {
        var (name, region, industry, above, year) = (row.Text(Name), row.Region(Region), row.Industry(Industry), row.YesNo(AboveScale), row.Year(KeyEnterpriseYear));
        return row.HasErrors ? null : new EnterpriseImport(name!, region!, industry!, above!.Value, year);
    }

    public override string KeyOf(EnterpriseImport row) => Key(row.Name);

    public override string? RegionOf(EnterpriseImport row) => row.RegionCode;

    public override string?[] ValuesOf(EnterpriseImport row)
        => [row.Name, row.RegionCode, row.IndustryCode, row.IsAboveScale ? "是" : "否", Text(row.KeyEnterpriseYear)];

    protected override IQueryable<Enterprise> Real(DashboardDbContext db) => db.Enterprises.Where(e => !e.IsSample);

    protected override string KeyOfRecord(Enterprise e) => Key(e.Name);

    protected override EnterpriseImport AsRow(Enterprise e) => new(e.Name, e.RegionCode, e.IndustryCode, e.IsAboveScale, e.KeyEnterpriseYear);

    protected override Enterprise Create() => new() { Name = "", RegionCode = "", IndustryCode = "" };

    protected override Task<Assign> AssignerAsync(DashboardDbContext db, CancellationToken cancellationToken) => Task.FromResult<Assign>((e, row, _) =>
    {
        (e.Name, e.RegionCode, e.IndustryCode, e.IsAboveScale, e.KeyEnterpriseYear) = (row.Name, row.RegionCode, row.IndustryCode, row.IsAboveScale, row.KeyEnterpriseYear);
        return true;
    });
}

/// <summary>One enterprise's entry in a competition; the competition is named by its name and year.</summary>
public sealed record CompetitionEntryImport(
    string Competition, int? Year, CompetitionLevel Level, string? RegionCode, string? IndustryCode, string Enterprise, int Workers);

public sealed class CompetitionEntryImportDefinition : ImportDefinition<CompetitionEntryImport>
{
    public static readonly ImportColumn Competition = new("竞赛名称", "Competition", Required: true, Key: true);
    public static readonly ImportColumn Year = new("年份", "Year", Required: true, Key: true);
    public static readonly ImportColumn Level = new("级别", "Level", Required: true);
    public static readonly ImportColumn Region = new("市州", "City");
    public static readonly ImportColumn Industry = new("行业", "Industry");
    public static readonly ImportColumn Enterprise = new("参赛企业", "Enterprise", Required: true, Key: true);
    public static readonly ImportColumn Workers = new("参赛职工人数", "Workers", Required: true);

    public override ImportKind Kind => ImportKind.Competitions;

    public override Task<int> CountAsync(DashboardDbContext db, CancellationToken cancellationToken = default) => db.CompetitionEntries.CountAsync(cancellationToken);

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Competition, Year, Level, Region, Industry, Enterprise, Workers];

    public override ImportColumn? RegionColumn => Region;

    public override CompetitionEntryImport? Parse(ImportRowReader row)
    {
        var (competition, year, level, region, industry, enterprise, workers) = (row.Text(Competition), row.Year(Year),
            row.Choice(Level, ImportVocabulary.CompetitionLevelOf, ImportErrorKind.UnknownLevel), row.Region(Region), row.Industry(Industry),
            row.Text(Enterprise), row.Count(Workers));
        return row.HasErrors ? null : new CompetitionEntryImport(competition!, year, level!.Value, region, industry, enterprise!, workers!.Value);
    }

    public override string KeyOf(CompetitionEntryImport row) => Key(row.Competition, row.Year, row.Enterprise);

    public override string? RegionOf(CompetitionEntryImport row) => row.RegionCode;

    public override string?[] ValuesOf(CompetitionEntryImport row)
        => [row.Competition, Text(row.Year), row.Level.ToString(), row.RegionCode, row.IndustryCode, row.Enterprise, Text(row.Workers)];

    /// <summary>
    /// A competition is named by its name and year and added with its first row; each row adds or updates one
    /// enterprise's entry, and the enterprise must be a real one the reader can see.
    /// </summary>
    public override async Task<ImportOutcome> ApplyAsync(DashboardDbContext db, IReadOnlyList<(int Row, CompetitionEntryImport Value)> rows, CancellationToken cancellationToken = default)
    {
        var enterprises = await IdsByNameAsync(RealEnterprises(db), cancellationToken);
        var competitions = (await db.Competitions.AsTracking().Where(c => !c.IsSample).Include(c => c.Entries).ToListAsync(cancellationToken))
            .GroupBy(c => Key(c.Name, c.Year)).ToDictionary(g => g.Key, g => g.First());
        var links = new ImportRowLinks([]);
        var changes = new List<RowChange>();
        var added = new List<object>();
        foreach (var (number, row) in rows)
        {
            if (links.For(number).Find(enterprises, row.Enterprise, Enterprise, ImportErrorKind.UnknownEnterprise) is not { } enterpriseId)
            {
                continue;
            }
            if (!competitions.TryGetValue(Key(row.Competition, row.Year), out var competition))
            {
                competition = new Competition { Name = row.Competition, Year = row.Year };
                added.Add(competition);
                competitions[Key(row.Competition, row.Year)] = competition;
            }
            // A file names each enterprise once a competition (its key), so a new entry is never looked for again.
            var entry = competition.Entries.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
            var before = entry is null ? null : ValuesOf(AsRow(competition, row.Enterprise, entry.Workers));
            (competition.Level, competition.RegionCode, competition.IndustryCode) = (row.Level, row.RegionCode, row.IndustryCode);
            if (entry is null)
            {
                // Through the navigation: a new competition's key is the database's, which the writer takes.
                added.Add(new CompetitionEntry { Competition = competition, EnterpriseId = enterpriseId, Workers = row.Workers });
            }
            else
            {
                entry.Workers = row.Workers;
            }
            changes.Add(Change(number, before, row));
        }
        return new ImportOutcome(changes, links.Errors) { NewRecords = added };
    }

    /// <summary>An edit may change the competition (its name, year, level, 市州, industry) as well as the entry.</summary>
    public override IReadOnlyList<(string Entity, object Key)> RecordsOf(RecordRef record)
        => [(nameof(Entities.Competition), new { record.Id }), (nameof(CompetitionEntry), new { CompetitionId = record.Id, record.EnterpriseId })];

    public override string NameOf(IReadOnlyList<string> cells) => $"{cells[0]} · {cells[5]}";

    /// <summary>
    /// The competition's columns apply to the competition, so to all its entries; the enterprise and workers to this
    /// entry. An entry is known by its enterprise, so another enterprise takes its place: a real one the reader can
    /// see, not already in the competition. Entries of sample competitions or enterprises are not edited.
    /// </summary>
    public override async Task<ImportOutcome> EditAsync(DashboardDbContext db, RecordRef record, CompetitionEntryImport row, CancellationToken cancellationToken = default)
    {
        if (await db.CompetitionEntries.AsTracking().Include(e => e.Competition).Include(e => e.Enterprise)
                .SingleOrDefaultAsync(e => e.CompetitionId == record.Id && e.EnterpriseId == record.EnterpriseId && !e.Competition!.IsSample && !e.Enterprise!.IsSample,
                    cancellationToken) is not { } entry)
        {
            return new ImportOutcome([], []);
        }
        var competition = entry.Competition!;
        var before = ValuesOf(AsRow(competition, entry.Enterprise!.Name, entry.Workers));
        var links = new ImportRowLinks([]);
        if (links.For(EditRow).Find(await IdsByNameAsync(RealEnterprises(db), cancellationToken), row.Enterprise, Enterprise, ImportErrorKind.UnknownEnterprise)
            is not { } enterpriseId)
        {
            return new ImportOutcome([], links.Errors);
        }
        List<object> added = [];
        if (enterpriseId != entry.EnterpriseId)
        {
            if (await db.CompetitionEntries.AnyAsync(e => e.CompetitionId == competition.Id && e.EnterpriseId == enterpriseId, cancellationToken))
            {
                return new ImportOutcome([], [new ImportError(ImportErrorKind.AlreadyEntered, EditRow, Enterprise.HeaderZh, row.Enterprise)]);
            }
            db.Remove(entry);
            entry = new CompetitionEntry { CompetitionId = competition.Id, EnterpriseId = enterpriseId };
            added.Add(entry);
        }
        entry.Workers = row.Workers;
        (competition.Name, competition.Year, competition.Level, competition.RegionCode, competition.IndustryCode) =
            (row.Competition, row.Year, row.Level, row.RegionCode, row.IndustryCode);
        return new ImportOutcome([Change(EditRow, before, row)], []) { NewRecords = added };
    }

    private static CompetitionEntryImport AsRow(Competition c, string enterprise, int workers)
        => new(c.Name, c.Year, c.Level, c.RegionCode, c.IndustryCode, enterprise, workers);
}

public sealed record StudioImport(
    string Name, StudioLevel Level, string? RegionCode, string? IndustryCode, string? Enterprise, int? FoundedYear, string? LeadCraftsman);

public sealed class StudioImportDefinition : TableImportDefinition<StudioImport, InnovationStudio>
{
    public static readonly ImportColumn Name = new("工作室名称", "Studio", Required: true, Key: true);
    public static readonly ImportColumn Level = new("级别", "Level", Required: true);
    public static readonly ImportColumn Region = new("市州", "City");
    public static readonly ImportColumn Industry = new("行业", "Industry");
    public static readonly ImportColumn Enterprise = new("依托企业", "Enterprise");
    public static readonly ImportColumn FoundedYear = new("创建年份", "Year founded");
    public static readonly ImportColumn LeadCraftsman = new("领衔工匠", "Lead craftsman", MaxLength: 50);

    public override ImportKind Kind => ImportKind.Studios;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Name, Level, Region, Industry, Enterprise, FoundedYear, LeadCraftsman];

    public override ImportColumn? RegionColumn => Region;

    public override StudioImport? Parse(ImportRowReader row)
    {
        var (name, level, region, industry, enterprise, year, lead) = (row.Text(Name),
            row.Choice(Level, ImportVocabulary.StudioLevelOf, ImportErrorKind.UnknownLevel), row.Region(Region), row.Industry(Industry),
            row.Text(Enterprise), row.Year(FoundedYear), row.Text(LeadCraftsman));
        return row.HasErrors ? null : new StudioImport(name!, level!.Value, region, industry, enterprise, year, lead);
    }

    public override string KeyOf(StudioImport row) => Key(row.Name);

    public override string? RegionOf(StudioImport row) => row.RegionCode;

    public override string?[] ValuesOf(StudioImport row)
        => [row.Name, row.Level.ToString(), row.RegionCode, row.IndustryCode, row.Enterprise, Text(row.FoundedYear), row.LeadCraftsman];

    protected override IQueryable<InnovationStudio> Real(DashboardDbContext db)
        => db.InnovationStudios.Where(s => !s.IsSample).Include(s => s.Enterprise).Include(s => s.LeadCraftsman);

    protected override string KeyOfRecord(InnovationStudio s) => Key(s.Name);

    protected override StudioImport AsRow(InnovationStudio s)
        => new(s.Name, s.Level, s.RegionCode, s.IndustryCode, s.Enterprise?.Name, s.FoundedYear, s.LeadCraftsman?.Name);

    protected override InnovationStudio Create() => new() { Name = "" };

    /// <summary>The 依托企业 and 领衔工匠 a row names must be real records the reader can see.</summary>
    protected override async Task<Assign> AssignerAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var enterprises = await IdsByNameAsync(RealEnterprises(db), cancellationToken);
        var craftsmen = await IdsByNameAsync(db.Craftsmen.Where(c => !c.IsSample).Select(c => new NamedId(c.Id, c.Name)), cancellationToken);
        return (s, row, links) =>
        {
            var enterprise = row.Enterprise is { } e ? links.Find(enterprises, e, Enterprise, ImportErrorKind.UnknownEnterprise) : null;
            var lead = row.LeadCraftsman is { } l ? links.Find(craftsmen, l, LeadCraftsman, ImportErrorKind.UnknownCraftsman) : null;
            if ((row.Enterprise is not null && enterprise is null) || (row.LeadCraftsman is not null && lead is null))
            {
                return false;
            }
            (s.Name, s.Level, s.RegionCode, s.IndustryCode, s.FoundedYear) = (row.Name, row.Level, row.RegionCode, row.IndustryCode, row.FoundedYear);
            (s.EnterpriseId, s.LeadCraftsmanId, s.IsCraftsmanLed) = (enterprise, lead, lead is not null);
            return true;
        };
    }
}

public sealed record AchievementImport(string Studio, int Year, AchievementCategory Category, string Title, long SavingsYuan);

/// <summary>Achievements name their studio, which must exist; they belong to the studio's 市州.</summary>
public sealed class AchievementImportDefinition : TableImportDefinition<AchievementImport, InnovationAchievement>
{
    public static readonly ImportColumn Studio = new("工作室名称", "Studio", Required: true, Key: true);
    public static readonly ImportColumn Year = new("年份", "Year", Required: true, Key: true);
    public static readonly ImportColumn Category = new("类别", "Category", Required: true);
    public static readonly ImportColumn Title = new("成果名称", "Achievement", Required: true, Key: true);
    public static readonly ImportColumn Savings = new("节约创效（元）", "Savings (yuan)", Required: true);

    public override ImportKind Kind => ImportKind.Achievements;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Studio, Year, Category, Title, Savings];

    public override ImportColumn? RegionColumn => null;

    public override AchievementImport? Parse(ImportRowReader row)
    {
        var (studio, year, category, title, savings) = (row.Text(Studio), row.Year(Year),
            row.Choice(Category, ImportVocabulary.CategoryOf, ImportErrorKind.UnknownCategory), row.Text(Title), row.Yuan(Savings));
        return row.HasErrors ? null : new AchievementImport(studio!, year!.Value, category!.Value, title!, savings!.Value);
    }

    public override string KeyOf(AchievementImport row) => Key(row.Studio, row.Year, row.Title);

    public override string? RegionOf(AchievementImport row) => null;

    public override string?[] ValuesOf(AchievementImport row)
        => [row.Studio, Text(row.Year), row.Category.ToString(), row.Title, Text(row.SavingsYuan)];

    /// <summary>An achievement is known by its title; its studio's name alone would not tell which.</summary>
    public override string NameOf(IReadOnlyList<string> cells) => cells[3];

    protected override IQueryable<InnovationAchievement> Real(DashboardDbContext db) => db.InnovationAchievements.Where(a => !a.IsSample).Include(a => a.Studio);

    protected override string KeyOfRecord(InnovationAchievement a) => Key(a.Studio!.Name, a.Year, a.Title);

    protected override AchievementImport AsRow(InnovationAchievement a) => new(a.Studio!.Name, a.Year, a.Category, a.Title, a.SavingsYuan);

    protected override InnovationAchievement Create() => new() { Title = "" };

    /// <summary>The studio must be a real studio the reader can see: a bound account's achievements then belong to its 市州.</summary>
    protected override async Task<Assign> AssignerAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var studios = await IdsByNameAsync(db.InnovationStudios.Where(s => !s.IsSample).Select(s => new NamedId(s.Id, s.Name)), cancellationToken);
        return (a, row, links) =>
        {
            if (links.Find(studios, row.Studio, Studio, ImportErrorKind.UnknownStudio) is not { } studio)
            {
                return false;
            }
            (a.StudioId, a.Year, a.Category, a.Title, a.SavingsYuan) = (studio, row.Year, row.Category, row.Title, row.SavingsYuan);
            return true;
        };
    }
}
