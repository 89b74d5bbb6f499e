using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>A list a reader downloads whole: its title, its headers, and its rows as cells, read as they are written.</summary>
public sealed record ListExport(
    string Title, IReadOnlyList<string> Headers, Func<DashboardFilter, ListRequest, CancellationToken, IAsyncEnumerable<IReadOnlyList<ExportCell>>> Rows)
{
    public static ListExport Of<TRow>(
        string title, IReadOnlyList<ExportColumn<TRow>> columns, Func<DashboardFilter, ListRequest, CancellationToken, IAsyncEnumerable<TRow>> rows)
        => new(title, [.. columns.Select(c => c.Header)],
            (filter, request, cancellationToken) => rows(filter, request, cancellationToken)
                .Select(row => (IReadOnlyList<ExportCell>)[.. columns.Select(c => c.Cell(row))]));
}

/// <summary>
/// The lists served by <see cref="DashboardUrls.ListExport"/>, by the name in its URL, with their columns as a
/// spreadsheet gets them: codes named, numbers kept numbers, sample rows marked as the list's 示例数据 badge marks them.
/// </summary>
public sealed class ListExports(IStringLocalizer<Resources.Lists> loc, CraftsmanListQueries craftsmen, StudioListQueries studios)
{
    public const string Craftsmen = "craftsmen";
    public const string Achievements = "achievements";

    public ListExport? Find(string list) => list switch
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
        ], craftsmen.StreamAsync),
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
        ], studios.StreamAchievementsAsync),
        _ => null,
    };

    private ExportColumn<TRow> Column<TRow>(string header, Func<TRow, ExportCell> cell) => ExportColumns.Column(loc, header, cell);

    private ExportColumn<TRow> SampleColumn<TRow>(Func<TRow, bool> isSample) => ExportColumns.Sample(loc, isSample);
}

/// <summary>How a list's column is exported, for the lists above and for the lists a page still exports itself.</summary>
public static class ExportColumns
{
    public static ExportColumn<TRow> Column<TRow>(IStringLocalizer<Resources.Lists> loc, string header, Func<TRow, ExportCell> cell) => new(loc[header], cell);

    /// <summary>The exported counterpart of the 示例数据 badge, so sample rows stay marked in a spreadsheet.</summary>
    public static ExportColumn<TRow> Sample<TRow>(IStringLocalizer<Resources.Lists> loc, Func<TRow, bool> isSample)
        => new(loc[nameof(Resources.Lists.ColSample)], row => isSample(row) ? loc[nameof(Resources.Lists.SampleMark)].Value : null);
}
