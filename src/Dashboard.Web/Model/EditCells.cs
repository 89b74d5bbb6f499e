using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Model;

/// <summary>
/// A record as an import row writes it, in its kind's column order: names, not codes, so an edit form reads as the
/// spreadsheet does and passes the import's checks unchanged.
/// </summary>
public static class EditCells
{
    public static string[] Craftsman(CraftsmanRow c) =>
        [c.Name, c.TierNameZh, c.RegionNameZh ?? "", c.IndustryNameZh ?? "", c.EmployerName ?? "", Text(c.YearNamed), Text(c.Batch)];

    public static string[] Enterprise(EnterpriseDetail e) =>
        [e.Name, e.RegionNameZh, e.IndustryNameZh, e.IsAboveScale ? "是" : "否", Text(e.KeyEnterpriseYear)];

    /// <summary>An entry's row: the competition's columns, then the enterprise's entry.</summary>
    public static string[] Entry(CompetitionRow c, ParticipantRow p) =>
        [c.Name, Text(c.Year), ImportVocabulary.LabelOf(c.Level), c.RegionNameZh ?? "", c.IndustryNameZh ?? "", p.Name, Text(p.Workers)];

    public static string[] Studio(StudioRow s) =>
        [s.Name, ImportVocabulary.LabelOf(s.Level), s.RegionNameZh ?? "", s.IndustryNameZh ?? "", s.EnterpriseName ?? "", Text(s.FoundedYear), s.LeadName ?? ""];

    /// <summary>Savings in whole 元, as the import reads them exactly.</summary>
    public static string[] Achievement(AchievementRow a) =>
        [a.StudioName, Text(a.Year), ImportVocabulary.LabelOf(a.Category), a.Title, a.SavingsYuan.ToString(CultureInfo.InvariantCulture)];

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
