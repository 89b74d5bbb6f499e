using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Utils.Export;

/// <summary>
/// <c>GET /export/{list}.{csv|xlsx}?filter…&amp;sort…&amp;f.…</c>: a whole list as a file, its rows read from the
/// database and written to the response as they come, so neither the server nor the browser's page holds the list.
/// The response has no length: the browser's download bar shows the bytes as they arrive.
/// </summary>
internal static class ListExportEndpoint
{
    public static IEndpointConventionBuilder MapListExport(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(DashboardUrls.ExportPath + "/{list}.{extension}", ExportAsync).RequireAuthorization(DashboardPolicies.Reader);

    private static async Task<IResult> ExportAsync(
        string list, string extension, HttpContext context, ListExports exports, ReferenceQueries references,
        IRecordScopeSource scopes, AuthenticationStateProvider authentication, TimeProvider clock, IStringLocalizer<Resources.Export> loc)
    {
        // The reader's 市州 comes from the authentication state, as on a page; Blazor sets it for pages, this endpoint here.
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        ExportFormat? format = extension switch { "csv" => ExportFormat.Csv, "xlsx" => ExportFormat.Xlsx, _ => null };
        if (format is null || exports.Find(list) is not { } export)
        {
            return Results.Text(loc[nameof(Resources.Export.ExportUnknownList), context.Request.Path.Value ?? ""], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var cancellationToken = context.RequestAborted;
        var vocabulary = (await references.GetFilterVocabularyAsync(cancellationToken)).For(await scopes.GetScopeAsync(cancellationToken));
        var (filter, view, refused) = Read(context.Request.GetEncodedUrl(), vocabulary);
        if (refused.Count > 0)
        {
            return Results.Text(loc[nameof(Resources.Export.ExportBadParameters), string.Join("、", refused)],
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var fileName = ExportFormats.FileName(export.Title, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + BeijingTime.Offset), extension);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(
            body => ExportFormats.WriteAsync(body, format.Value, export.Title, export.Headers, export.Rows(filter, view, cancellationToken), cancellationToken),
            ExportFormats.ContentType(format.Value), fileName);
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
}
