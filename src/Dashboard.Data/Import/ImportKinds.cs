using Dashboard.Data.Entities;

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
public sealed record ImportColumn(string HeaderZh, string HeaderEn, bool Required = false, bool Key = false);

/// <summary>What one kind of import reads: its columns, how a row becomes a record, and the key that matches existing ones.</summary>
public abstract class ImportDefinition<TRow> where TRow : class
{
    public abstract ImportKind Kind { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

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

    protected static string Key(params object?[] parts) => string.Join('\u001F', parts);
}

/// <param name="Batch">届次: only 四川工匠 are selected in numbered rounds.</param>
public sealed record CraftsmanImport(string Name, string TierCode, string? RegionCode, string? IndustryCode, string? Employer, int? Year, int? Batch);

public sealed class CraftsmanImportDefinition : ImportDefinition<CraftsmanImport>
{
    public const string BatchedTier = "provincial";

    public static readonly ImportColumn Name = new("姓名", "Name", Required: true, Key: true);
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
            (row.Text(Name, 50), row.Tier(Tier), row.Region(Region), row.Industry(Industry), row.Text(Employer), row.Year(Year));
        var batch = row.Count(Batch);
        if (batch is not null && tier is not null && tier != BatchedTier)
        {
            row.Error(Batch, ImportErrorKind.BatchNotForTier);
        }
        return row.HasErrors ? null : new CraftsmanImport(name!, tier!, region, industry, employer, year, batch);
    }

    public override string KeyOf(CraftsmanImport row) => Key(row.Name, row.Employer, row.TierCode);

    public override string? RegionOf(CraftsmanImport row) => row.RegionCode;
}

public sealed record EnterpriseImport(string Name, string RegionCode, string IndustryCode, bool IsAboveScale, int? KeyEnterpriseYear);

public sealed class EnterpriseImportDefinition : ImportDefinition<EnterpriseImport>
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
}

/// <summary>One enterprise's entry in a competition; the competition is named by its name and year.</summary>
public sealed record CompetitionEntryImport(
    string Competition, int Year, CompetitionLevel Level, string? RegionCode, string? IndustryCode, string Enterprise, int Workers);

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

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Competition, Year, Level, Region, Industry, Enterprise, Workers];

    public override ImportColumn? RegionColumn => Region;

    public override CompetitionEntryImport? Parse(ImportRowReader row)
    {
        var (competition, year, level, region, industry, enterprise, workers) = (row.Text(Competition), row.Year(Year),
            row.Choice(Level, ImportVocabulary.CompetitionLevelOf, ImportErrorKind.UnknownLevel), row.Region(Region), row.Industry(Industry),
            row.Text(Enterprise), row.Count(Workers));
        return row.HasErrors ? null : new CompetitionEntryImport(competition!, year!.Value, level!.Value, region, industry, enterprise!, workers!.Value);
    }

    public override string KeyOf(CompetitionEntryImport row) => Key(row.Competition, row.Year, row.Enterprise);

    public override string? RegionOf(CompetitionEntryImport row) => row.RegionCode;
}

public sealed record StudioImport(
    string Name, StudioLevel Level, string? RegionCode, string? IndustryCode, string? Enterprise, int? FoundedYear, string? LeadCraftsman);

public sealed class StudioImportDefinition : ImportDefinition<StudioImport>
{
    public static readonly ImportColumn Name = new("工作室名称", "Studio", Required: true, Key: true);
    public static readonly ImportColumn Level = new("级别", "Level", Required: true);
    public static readonly ImportColumn Region = new("市州", "City");
    public static readonly ImportColumn Industry = new("行业", "Industry");
    public static readonly ImportColumn Enterprise = new("依托企业", "Enterprise");
    public static readonly ImportColumn FoundedYear = new("创建年份", "Year founded");
    public static readonly ImportColumn LeadCraftsman = new("领衔工匠", "Lead craftsman");

    public override ImportKind Kind => ImportKind.Studios;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Name, Level, Region, Industry, Enterprise, FoundedYear, LeadCraftsman];

    public override ImportColumn? RegionColumn => Region;

    public override StudioImport? Parse(ImportRowReader row)
    {
        var (name, level, region, industry, enterprise, year, lead) = (row.Text(Name),
            row.Choice(Level, ImportVocabulary.StudioLevelOf, ImportErrorKind.UnknownLevel), row.Region(Region), row.Industry(Industry),
            row.Text(Enterprise), row.Year(FoundedYear), row.Text(LeadCraftsman, 50));
        return row.HasErrors ? null : new StudioImport(name!, level!.Value, region, industry, enterprise, year, lead);
    }

    public override string KeyOf(StudioImport row) => Key(row.Name);

    public override string? RegionOf(StudioImport row) => row.RegionCode;
}

public sealed record AchievementImport(string Studio, int Year, AchievementCategory Category, string Title, long SavingsYuan);

/// <summary>Achievements name their studio, which must exist; they belong to the studio's 市州.</summary>
public sealed class AchievementImportDefinition : ImportDefinition<AchievementImport>
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
}
