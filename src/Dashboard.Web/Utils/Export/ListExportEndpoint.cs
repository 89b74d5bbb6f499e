using Dashboard.Data.Accounts;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Utils.Export;

/// <summary>
/// <c>GET /export/{list}.{csv|xlsx}?filter…&amp;sort…&amp;f.…</c>: a whole list as a file, its rows read from the
/// database and written to the response as they come, so neither the server nor the browser's page holds the list.
/// The response has no length: the browser's download bar shows the bytes as they arrive.
/// </summary>
internal static class ListExportEndpoint
{
    public static void MapListExport(this IEndpointRouteBuilder endpoints)
    {
        // "/export/audit.csv" matches the other lists' route too: the audit log's, admins' only, is tried first.
        endpoints.MapGet($"{DashboardUrls.ExportPath}/{DashboardUrls.AuditExportName}.{{extension}}", AuditAsync)
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(DashboardRoles.Admin))
            .WithOrder(-1);
        endpoints.MapGet(DashboardUrls.ExportPath + "/{list}.{extension}", ListAsync).RequireAuthorization(DashboardPolicies.Reader);
    }

    private static Task<IResult> ListAsync(
        string list, string extension, HttpContext context, ListExports exports, ReferenceQueries references,
        IRecordScopeSource scopes, AuthenticationStateProvider authentication, TimeProvider clock, IStringLocalizer<Resources.Export> loc)
    {
        // The reader's 市州 comes from the authentication state, as on a page; Blazor sets it for pages, this endpoint here.
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        return ExportAsync(list, extension, context, exports, references, scopes, clock, loc);
    }

    /// <summary>The answer to a list's export link, once the reader's 市州 is known.</summary>
    internal static async Task<IResult> ExportAsync(
        string list, string extension, HttpContext context, ListExports exports, ReferenceQueries references,
        IRecordScopeSource scopes, TimeProvider clock, IStringLocalizer<Resources.Export> loc)
    {
        if (FormatOf(extension) is not { } format || !ListExports.Lists.TryGetValue(list, out var recordParameter))
        {
            return UnknownList(context, loc);
        }

        var cancellationToken = context.RequestAborted;
        var uri = context.Request.GetEncodedUrl();
        var vocabulary = (await references.GetFilterVocabularyAsync(cancellationToken)).For(await scopes.GetScopeAsync(cancellationToken));
        var (filter, view, refused) = Read(uri, vocabulary);
        var (record, badRecord) = recordParameter is null ? (null, null) : ReadRecord(uri, recordParameter);
        if (refused.Count > 0 || badRecord is not null)
        {
            return BadParameters([.. refused, .. badRecord is null ? [] : new[] { badRecord }], loc);
        }
        // A record of another 市州 is not found, as on its page: the reader learns nothing of it.
        if (await exports.OpenAsync(list, filter, view, record, cancellationToken) is not { } export)
        {
            return Message(loc[nameof(Resources.Export.ExportUnknownRecord), $"{recordParameter}={record}"], StatusCodes.Status404NotFound);
        }
        return Stream(context, format, export, clock);
    }

    /// <summary>
    /// The audit log's file (<see cref="DashboardUrls.AuditExport"/>). The route admits admins; the database is asked
    /// again, as the page asks on each load, so an admin demoted or disabled since signing in gets no file.
    /// </summary>
    internal static async Task<IResult> AuditAsync(
        string extension, HttpContext context, AuditExport export, AccountAdministration administration, TimeProvider clock,
        IStringLocalizer<Resources.Export> loc, IStringLocalizer<Resources.Admin> adminLoc)
    {
        if (FormatOf(extension) is not { } format)
        {
            return UnknownList(context, loc);
        }
        if (!await administration.IsActiveAdminAsync(context.User))
        {
            return Message(adminLoc[nameof(Resources.Admin.Problem_NotAdmin)], StatusCodes.Status403Forbidden);
        }
        var uri = context.Request.GetEncodedUrl();
        var query = AuditQuery.Parse(uri);
        if (query.Dropped.Count > 0)
        {
            return BadParameters([.. query.Dropped.Select(d => FilterQuery.Echo(d.Parameter, d.Value))], loc);
        }
        return Stream(context, format, await export.OpenAsync(query.Filter, ListQuery.Parse(uri), context.RequestAborted), clock);
    }

    /// <summary>
    /// The filter and list view an export link asks for, read as the list page reads its own URL. Values the page would
    /// drop or pin to the reader's 市州 are refused instead: a page's own link never holds them, and a file that quietly
    /// ignored them would not be the list that was asked for.
    /// </summary>
    public static (DashboardFilter Filter, ListRequest View, IReadOnlyList<string> Refused) Read(string uri, FilterVocabulary vocabulary)
    {
        var (parsed, dropped) = FilterQuery.Parse(uri, vocabulary);
        var (filter, outOfScope) = vocabulary.Pin(parsed);
        return (filter, ListQuery.Parse(uri), [.. dropped, .. outOfScope.Select(code => $"{FilterQuery.Region}={code}")]);
    }

    /// <summary>The id of the record a list belongs to, or, when the link gives none or not a plain positive number, the parameter refused.</summary>
    public static (int? Id, string? Refused) ReadRecord(string uri, string parameter)
    {
        var value = QueryString.Pairs(uri).Where(p => p.Name == parameter).Select(p => p.Value).FirstOrDefault() ?? "";
        return RecordIds.Parse(value) is { } id ? (id, null) : (null, FilterQuery.Echo(parameter, value));
    }

    private static ExportFormat? FormatOf(string extension) => extension switch { "csv" => ExportFormat.Csv, "xlsx" => ExportFormat.Xlsx, _ => null };

    private static IResult UnknownList(HttpContext context, IStringLocalizer<Resources.Export> loc)
        => Message(loc[nameof(Resources.Export.ExportUnknownList), context.Request.Path.Value ?? ""], StatusCodes.Status404NotFound);

    private static IResult BadParameters(IReadOnlyList<string> refused, IStringLocalizer<Resources.Export> loc)
        => Message(loc[nameof(Resources.Export.ExportBadParameters), string.Join("、", refused)], StatusCodes.Status400BadRequest);

    private static ContentHttpResult Message(string text, int statusCode) => TypedResults.Text(text, "text/plain; charset=utf-8", statusCode: statusCode);

    private static IResult Stream(HttpContext context, ExportFormat format, ListExport export, TimeProvider clock)
    {
        var fileName = ExportFormats.FileName(export.Title, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + BeijingTime.Offset), ExportFormats.Extension(format));
        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(
            body => ExportFormats.WriteAsync(body, format, export.Title, export.Headers, export.Rows, context.RequestAborted),
            ExportFormats.ContentType(format), fileName);
    }
}
