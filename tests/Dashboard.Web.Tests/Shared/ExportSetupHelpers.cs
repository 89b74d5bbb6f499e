using System.Security.Claims;
using System.Text;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Shared;

/// <summary>What the export endpoint answered: its status, and its body as text (a CSV file's, its BOM dropped).</summary>
public sealed record ExportAnswer(int Status, string Body)
{
    public IReadOnlyList<string> Lines => Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each data row's cell in the <paramref name="index"/>th column, from 0 (no cell of this test's data holds a comma).</summary>
    public IReadOnlyList<string> Column(int index) => [.. Lines.Skip(1).Select(l => l.Split(',')[index])];
}

/// <summary>A list page's export links, and the endpoint's answer to one, without a server.</summary>
public static class ExportSetupHelpers
{
    /// <summary>The export menu of the list opened and its CSV link read: the address and the file name it offers.</summary>
    public static (string Href, string FileName) ExportCsvLink<TComponent>(this IRenderedComponent<TComponent> cut, IRenderedComponent<MudPopoverProvider> popovers)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        cut.Find("[data-testid='list'] [data-testid='export-menu'] button").Click();
        var link = popovers.WaitForElement("[data-testid='export-csv']");
        return (link.GetAttribute("href")!, link.GetAttribute("download")!);
    }

    /// <summary>A GET of <paramref name="link"/> (a site path with its query) by <paramref name="user"/>, its response body kept.</summary>
    public static HttpContext RequestFor(this IServiceProvider services, string link, ClaimsPrincipal? user = null)
    {
        var uri = new Uri(new Uri("http://localhost"), link);
        var context = new DefaultHttpContext { RequestServices = services, User = user ?? new ClaimsPrincipal() };
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = new HostString(uri.Host);
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>The endpoint's <paramref name="result"/> written to <paramref name="context"/>'s response, read back.</summary>
    public static async Task<ExportAnswer> AnswerAsync(this Task<IResult> result, HttpContext context)
    {
        await (await result).ExecuteAsync(context);
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        return new ExportAnswer(context.Response.StatusCode, body.TrimStart('\uFEFF'));
    }

    public static ListExports ListExports(this IServiceProvider services) => ActivatorUtilities.CreateInstance<ListExports>(services);
}
