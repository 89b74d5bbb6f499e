using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>A list as a file: its title, its headers, and its rows as cells, read as they are written.</summary>
public sealed record ListExport(string Title, IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<ExportCell>> Rows)
{
    public static ListExport Of<TRow>(string title, IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows)
        => new(title, [.. columns.Select(c => c.Header)], rows.Select(row => (IReadOnlyList<ExportCell>)[.. columns.Select(c => c.Cell(row))]));
}

/// <summary>
/// The lists served by <see cref="DashboardUrls.ListExport"/>, by the name in its URL, with their columns as a
/// spreadsheet gets them: codes named, numbers kept numbers, money in whole 元, sample rows marked as the list's
/// 示例数据 badge marks them.
/// </summary>
public sealed class ListExports(
    IStringLocalizer<Resources.Lists> loc, IStringLocalizer<Resources.Competitions> competitionLoc,
    CraftsmanListQueries craftsmen, StudioListQueries studios, EnterpriseQueries enterprises, CompetitionListQueries competitions, HonourListQueries honours)
{
    public const string Craftsmen = "craftsmen";
    public const string Achievements = "achievements";
    public const string Studios = "studios";
    public const string Enterprises = "enterprises";
    public const string Competitions = "competitions";
    public const string Honours = "honours";
    public const string StudioAchievements = "studio-achievements";
    public const string Participants = "participants";

    /// <summary>Every list by its name, with the query parameter naming the record it belongs to, for the lists of one record.</summary>
    public static IReadOnlyDictionary<string, string?> Lists { get; } = new Dictionary<string, string?>
    {
        [Craftsmen] = null,
        [Achievements] = null,
        [Studios] = null,
        [Enterprises] = null,
        [Competitions] = null,
        [Honours] = null,
        [StudioAchievements] = "studio",
        [Participants] = "competition",
    };

    /// <summary>
    /// The list's file under the filter and view, or null when <paramref name="record"/> names no record the reader may
    /// see: one of another 市州 is not found, as on its page.
    /// </summary>
    public async Task<ListExport?> OpenAsync(string list, DashboardFilter filter, ListRequest view, int? record, CancellationToken cancellationToken) => list switch
    {
        Craftsmen => ListExport.Of(loc[nameof(Resources.Lists.AreaTiers)] + " · " + loc[nameof(Resources.Lists.CraftsmenList)],
        [
            Column<CraftsmanRow>(nameof(Resources.Lists.ColName), c => RecordNames.Display(c.Name)),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColTier), c => DashboardCultures.Pick(c.TierNameZh, c.TierNameEn)),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColRegion), c => DashboardCultures.PickOptional(c.RegionNameZh, c.RegionNameEn)),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColIndustry), c => DashboardCultures.PickOptional(c.IndustryNameZh, c.IndustryNameEn)),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColEmployer), c => RecordNames.Display(c.EmployerName)),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColYearNamed), c => c.YearNamed),
            Column<CraftsmanRow>(nameof(Resources.Lists.ColBatch), c => c.Batch),
            SampleColumn<CraftsmanRow>(c => c.IsSample),
        ], craftsmen.StreamAsync(filter, view, cancellationToken)),
        Achievements => ListExport.Of(loc[nameof(Resources.Lists.AchievementList)],
        [
            Column<AchievementRow>(nameof(Resources.Lists.ColTitle), a => RecordNames.Display(a.Title)),
            Column<AchievementRow>(nameof(Resources.Lists.ColStudio), a => RecordNames.Display(a.StudioName)),
            Column<AchievementRow>(nameof(Resources.Lists.ColYear), a => a.Year),
            Column<AchievementRow>(nameof(Resources.Lists.ColCategory), a => loc[$"Category_{a.Category}"].Value),
            Column<AchievementRow>(nameof(Resources.Lists.ColRegion), a => DashboardCultures.PickOptional(a.RegionNameZh, a.RegionNameEn)),
            Column<AchievementRow>(nameof(Resources.Lists.ColIndustry), a => DashboardCultures.PickOptional(a.IndustryNameZh, a.IndustryNameEn)),
            Column<AchievementRow>(nameof(Resources.Lists.ColSavingsYuan), a => a.SavingsYuan),
            SampleColumn<AchievementRow>(a => a.IsSample),
        ], studios.StreamAchievementsAsync(filter, view, cancellationToken)),
        Studios => ListExport.Of(loc[nameof(Resources.Lists.StudioList)],
        [
            Column<StudioRow>(nameof(Resources.Lists.ColStudio), s => RecordNames.Display(s.Name)),
            Column<StudioRow>(nameof(Resources.Lists.ColLevel), s => loc[$"StudioLevel_{s.Level}"].Value),
            Column<StudioRow>(nameof(Resources.Lists.ColLead), s => RecordNames.Display(s.LeadName)),
            Column<StudioRow>(nameof(Resources.Lists.ColRegion), s => DashboardCultures.PickOptional(s.RegionNameZh, s.RegionNameEn)),
            Column<StudioRow>(nameof(Resources.Lists.ColIndustry), s => DashboardCultures.PickOptional(s.IndustryNameZh, s.IndustryNameEn)),
            Column<StudioRow>(nameof(Resources.Lists.ColFounded), s => s.FoundedYear),
            Column<StudioRow>(nameof(Resources.Lists.ColAchievements), s => s.Achievements),
            Column<StudioRow>(nameof(Resources.Lists.ColSavingsYuan), s => s.SavingsYuan),
            SampleColumn<StudioRow>(s => s.IsSample),
        ], studios.StreamAsync(filter, view, cancellationToken)),
        Enterprises => ListExport.Of(loc[nameof(Resources.Lists.EnterpriseList)],
        [
            Column<EnterpriseRow>(nameof(Resources.Lists.ColEnterprise), e => RecordNames.Display(e.Name)),
            Column<EnterpriseRow>(nameof(Resources.Lists.ColRegion), e => DashboardCultures.Pick(e.RegionNameZh, e.RegionNameEn)),
            Column<EnterpriseRow>(nameof(Resources.Lists.ColIndustry), e => DashboardCultures.Pick(e.IndustryNameZh, e.IndustryNameEn)),
            Column<EnterpriseRow>(nameof(Resources.Lists.ColAboveScale), e => YesNo(e.IsAboveScale)),
            Column<EnterpriseRow>(nameof(Resources.Lists.ColEntries), e => e.Entries),
            Column<EnterpriseRow>(nameof(Resources.Lists.ColWorkers), e => e.Workers),
            SampleColumn<EnterpriseRow>(e => e.IsSample),
        ], enterprises.StreamAsync(filter, view, cancellationToken)),
        Competitions => ListExport.Of(loc[nameof(Resources.Lists.CompetitionList)],
        [
            Column<CompetitionRow>(nameof(Resources.Lists.ColCompetition), c => RecordNames.Display(c.Name)),
            Column<CompetitionRow>(nameof(Resources.Lists.ColYear), c => c.Year),
            Column<CompetitionRow>(nameof(Resources.Lists.ColLevel), c => competitionLoc[$"Level_{c.Level}"].Value),
            Column<CompetitionRow>(nameof(Resources.Lists.ColTheme), c => c.ThemeZh),
            Column<CompetitionRow>(nameof(Resources.Lists.ColIndustry), c => DashboardCultures.PickOptional(c.IndustryNameZh, c.IndustryNameEn)),
            Column<CompetitionRow>(nameof(Resources.Lists.ColHostRegion), c => DashboardCultures.PickOptional(c.RegionNameZh, c.RegionNameEn) ?? loc[nameof(Resources.Lists.ProvinceWide)]),
            Column<CompetitionRow>(CompetitionHeaders.Enterprises(filter), c => c.Enterprises),
            Column<CompetitionRow>(CompetitionHeaders.Workers(filter), c => c.Workers),
            SampleColumn<CompetitionRow>(c => c.IsSample),
        ], competitions.StreamAsync(filter, view, cancellationToken)),
        Honours => ListExport.Of(loc[nameof(Resources.Lists.HonourList)],
        [
            Column<HonourRow>(nameof(Resources.Lists.ColRecipient), h => RecordNames.Display(h.RecipientName)),
            Column<HonourRow>(nameof(Resources.Lists.ColHonour), h => DashboardCultures.Pick(h.TitleZh, h.TitleEn)),
            Column<HonourRow>(nameof(Resources.Lists.ColYear), h => h.Year),
            Column<HonourRow>(nameof(Resources.Lists.ColRegion), h => DashboardCultures.PickOptional(h.RegionNameZh, h.RegionNameEn)),
            SampleColumn<HonourRow>(h => h.IsSample),
        ], honours.StreamAsync(filter, view, cancellationToken)),
        StudioAchievements => await studios.GetAsync(RecordOf(list, record), cancellationToken) is { } studio
            ? ListExport.Of(RecordNames.Display(studio.Name)!,
            [
                Column<AchievementRow>(nameof(Resources.Lists.ColTitle), a => RecordNames.Display(a.Title)),
                Column<AchievementRow>(nameof(Resources.Lists.ColYear), a => a.Year),
                Column<AchievementRow>(nameof(Resources.Lists.ColCategory), a => loc[$"Category_{a.Category}"].Value),
                Column<AchievementRow>(nameof(Resources.Lists.ColSavingsYuan), a => a.SavingsYuan),
                SampleColumn<AchievementRow>(a => a.IsSample),
            ], studios.StreamAchievementsAsync(studio.Id, filter, view, cancellationToken))
            : null,
        Participants => await competitions.GetAsync(RecordOf(list, record), cancellationToken) is { } competition
            ? ListExport.Of(RecordNames.Display(competition.Name)!,
            [
                Column<ParticipantRow>(nameof(Resources.Lists.ColEnterprise), p => RecordNames.Display(p.Name)),
                Column<ParticipantRow>(nameof(Resources.Lists.ColRegion), p => DashboardCultures.Pick(p.RegionNameZh, p.RegionNameEn)),
                Column<ParticipantRow>(nameof(Resources.Lists.ColIndustry), p => DashboardCultures.Pick(p.IndustryNameZh, p.IndustryNameEn)),
                Column<ParticipantRow>(nameof(Resources.Lists.ColAboveScale), p => YesNo(p.IsAboveScale)),
                Column<ParticipantRow>(nameof(Resources.Lists.ColWorkers), p => p.Workers),
                SampleColumn<ParticipantRow>(p => p.IsSample),
            ], competitions.StreamParticipantsAsync(competition.Id, filter, view, cancellationToken))
            : null,
        _ => throw new ArgumentException($"No list is exported as '{list}'.", nameof(list)),
    };

    private static int RecordOf(string list, int? record)
        => record ?? throw new ArgumentException($"The list '{list}' is one record's: it needs the record's id.", nameof(record));

    private ExportColumn<TRow> Column<TRow>(string header, Func<TRow, ExportCell> cell) => new(loc[header], cell);

    /// <summary>The exported counterpart of the 示例数据 badge, so sample rows stay marked in a spreadsheet.</summary>
    private ExportColumn<TRow> SampleColumn<TRow>(Func<TRow, bool> isSample)
        => new(loc[nameof(Resources.Lists.ColSample)], row => isSample(row) ? loc[nameof(Resources.Lists.SampleMark)].Value : null);

    private string YesNo(bool value) => loc[value ? nameof(Resources.Lists.Yes) : nameof(Resources.Lists.No)];
}
