using Bunit.TestDoubles;
using Dashboard.Data;
using Dashboard.Tests.Shared.Data;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The link texts of a grid's first column, row by row.</summary>
    protected static IReadOnlyList<string> FirstColumn<TComponent>(IRenderedComponent<TComponent> cut, string grid = "list")
        where TComponent : Microsoft.AspNetCore.Components.IComponent
        => cut.FindAll($"[data-testid='{grid}'] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
