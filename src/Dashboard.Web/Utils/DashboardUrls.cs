using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Utils;

/// <summary>Every URL the dashboard links to, in one place.</summary>
public static class DashboardUrls
{
    public const string OverviewPath = "/";
    public const string TiersPath = "/tiers";
    public const string CompetitionsPath = "/competitions";
    public const string InnovationPath = "/innovation";
    public const string SourcesPath = "/sources";
    public const string SetCulturePath = "/culture/set";
    public const string HealthPath = "/healthz";
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";
    public const string ChangePasswordPath = "/account/password";
    public const string ImportPath = "/import";
    public const string AccountsPath = "/admin/accounts";
    public const string AuditPath = "/admin/audit";
    public const string ExportPath = "/export";

    /// <summary>The audit log filtered by who (part of a user name), what (an action kind) and when (dates, both included).</summary>
    public static string Audit(string? actor = null, string? action = null, DateOnly? from = null, DateOnly? to = null)
        => AuditPath + QueryString.Build(AuditQuery.Pairs(actor, action, from, to));

    /// <summary>The file of the whole audit log (<c>/export/audit.csv?…</c>) under its filter, order and column filters.</summary>
    public static string AuditExport(Export.ExportFormat format, string? actor, string? action, DateOnly? from, DateOnly? to, ListRequest view)
        => $"{ExportPath}/{AuditExportName}.{Export.ExportFormats.Extension(format)}" + QueryString.Build(AuditQuery.Pairs(actor, action, from, to).Concat(ExportView(view)));

    /// <summary>The audit log's name in <see cref="AuditExport"/>, served apart from the other lists, to admins only.</summary>
    public const string AuditExportName = "audit";

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/> afterwards if it is on this site.</summary>
    public static string SignIn(string? returnUrl)
        => IsLocal(returnUrl) && returnUrl != OverviewPath ? $"{SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}" : SignInPath;

    public static string SetCulture(string culture, string redirectUri)
        => $"{SetCulturePath}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}";

    /// <summary><paramref name="path"/> with the reader's filter from <paramref name="currentUri"/>: side navigation and page switches keep the filter.</summary>
    public static string KeepingFilter(string path, string currentUri) => path + FilterQuery.ReaderQuery(currentUri);

    /// <summary>The page at <paramref name="currentUri"/> under another filter: what the filter bar navigates to.</summary>
    /// <remarks>The charts' table and scale switches stay as the reader set them.</remarks>
    public static string WithFilter(string currentUri, DashboardFilter filter)
        => new Uri(currentUri).AbsolutePath + QueryString.Build(FilterQuery.Pairs(filter).Concat(ChartViewQuery.ViewPairs(currentUri)));

    /// <summary>The row of a published figure in the 数据来源 table.</summary>
    /// <remarks>Carries the reader's filter from <paramref name="currentUri"/>, so the way back to the dashboards keeps it.</remarks>
    public static string Source(string indicatorCode, string currentUri) => $"{KeepingFilter(SourcesPath, currentUri)}#{Uri.EscapeDataString(indicatorCode)}";

    /// <summary>
    /// Only paths on this site: "/x" but not "//host" or "/\host", which browsers treat as other sites. Only
    /// printable ASCII, as the app's own links are escaped: browsers drop tabs and line breaks, so "/\t/host"
    /// would reach another site, and a Location header cannot carry them at all.
    /// </summary>
    public static bool IsLocal([NotNullWhen(true)] string? uri)
        => uri is ['/', ..] and { Length: <= MaxLocalLength }
            && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal)
            && uri.All(c => c is > ' ' and < '\u007f');

    /// <summary>Longer than any address the dashboard makes, filter and all.</summary>
    private const int MaxLocalLength = 2000;

    // Drill-down: lists and detail pages reached from the charts; each carries the filter it was reached under.
    public const string CraftsmenPath = "/tiers/craftsmen";
    public const string CompetitionListPath = "/competitions/list";
    public const string StudiosPath = "/innovation/studios";
    public const string AchievementsPath = "/innovation/achievements";
    public const string EnterpriseListPath = "/competitions/enterprises";
    public const string HonoursPath = "/tiers/honours";

    // A dashboard shows the reader's filter; the criteria of a drill stay with the list they opened.
    public static string Tiers(DashboardFilter filter) => TiersPath + FilterQuery.Format(filter.WithoutDrill());

    public static string Competitions(DashboardFilter filter) => CompetitionsPath + FilterQuery.Format(filter.WithoutDrill());

    public static string Innovation(DashboardFilter filter) => InnovationPath + FilterQuery.Format(filter.WithoutDrill());

    public static string Craftsmen(DashboardFilter filter) => CraftsmenPath + FilterQuery.Format(filter);

    public static string Craftsman(int id, DashboardFilter filter) => $"/craftsmen/{id}" + FilterQuery.Format(filter);

    public static string CompetitionList(DashboardFilter filter) => CompetitionListPath + FilterQuery.Format(filter);

    public static string Competition(int id, DashboardFilter filter) => $"{CompetitionsPath}/{id}" + FilterQuery.Format(filter);

    public static string Studios(DashboardFilter filter) => StudiosPath + FilterQuery.Format(filter);

    public static string Achievements(DashboardFilter filter) => AchievementsPath + FilterQuery.Format(filter);

    public static string EnterpriseList(DashboardFilter filter) => EnterpriseListPath + FilterQuery.Format(filter);

    public static string Honours(DashboardFilter filter) => HonoursPath + FilterQuery.Format(filter);

    /// <summary>
    /// The file of a whole list (<c>/export/craftsmen.csv?…</c>): its filter, order and column filters, every page; for a
    /// list of one record's rows (<see cref="Model.ListExports.Lists"/>), the <paramref name="record"/> they belong to.
    /// </summary>
    public static string ListExport(string list, Export.ExportFormat format, DashboardFilter filter, ListRequest view, int? record = null)
        => $"{ExportPath}/{list}.{Export.ExportFormats.Extension(format)}"
            + QueryString.Build(
                (record is { } id ? [(Model.ListExports.Lists[list]!, id.ToString(CultureInfo.InvariantCulture))] : Enumerable.Empty<(string, string)>())
                .Concat(FilterQuery.Pairs(filter)).Concat(ExportView(view)));

    /// <summary>An export holds every page: its link carries the view's order and column filters only.</summary>
    private static IEnumerable<(string Name, string Value)> ExportView(ListRequest view)
        => ListQuery.Pairs(view with { Page = 0, PageSize = ListQuery.DefaultPageSize });

    public static string Studio(int id, DashboardFilter filter) => $"{StudiosPath}/{id}" + FilterQuery.Format(filter);

    public static string Enterprise(int id, DashboardFilter filter) => $"/enterprises/{id}" + FilterQuery.Format(filter);
}
