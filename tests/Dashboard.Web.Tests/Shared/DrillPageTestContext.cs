using Bunit.TestDoubles;
using Dashboard.Data;
using Dashboard.Tests.Shared.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Shared;

/// <summary>A drill-down page over the seeded database plus <see cref="ListRecords"/>, reached at a URL the test sets.</summary>
public abstract class DrillPageTestContext(string culture = "zh-CN") : PageTestContext(culture)
{
    protected override void AddRecords(DashboardDbContext db) => ListRecords.Add(db);

    protected void NavigateTo(string url) => Services.GetRequiredService<BunitNavigationManager>().NavigateTo(url);

    protected T Query<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The id of the single record <paramref name="query"/> selects, read straight from the database.</summary>
    protected int IdOf(Func<DashboardDbContext, IQueryable<int>> query)
    {
        using var db = Query<Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>>().CreateDbContext();
        return query(db).Single();
    }

    /// <summary>What the list export endpoint answers <paramref name="link"/> (<c>/export/{list}.{extension}?…</c>) for the page's reader.</summary>
    protected Task<ExportAnswer> GetExportAsync(string link)
    {
        var context = Services.RequestFor(link);
        var file = context.Request.Path.Value!["/export/".Length..];
        return ListExportEndpoint.ExportAsync(
            file[..file.LastIndexOf('.')], file[(file.LastIndexOf('.') + 1)..], context, Services.ListExports(), Query<ReferenceQueries>(),
            Query<IRecordScopeSource>(), TimeProvider.System, Query<IStringLocalizer<Resources.Export>>()).AnswerAsync(context);
    }

    /// <summary>The link texts of a grid's first column, row by row.</summary>
    protected static IReadOnlyList<string> FirstColumn<TComponent>(IRenderedComponent<TComponent> cut, string grid = "list")
        where TComponent : Microsoft.AspNetCore.Components.IComponent
        => cut.FindAll($"[data-testid='{grid}'] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
