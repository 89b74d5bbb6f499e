using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Pages;
using Dashboard.Tests.Shared.Data;

namespace Dashboard.Web.Tests.Shared;

/// <summary>
/// A page over a real in-memory SQLite database seeded as the app seeds it without sample data (reference
/// lists, published figures, named real records), plus the records the test adds, with the chart module set up.
/// </summary>
public abstract class PageTestContext(string culture = "zh-CN") : DashboardTestContext(culture), IAsyncLifetime
{
    private SqliteTestDatabase? _database;

    protected BunitJSModuleInterop Charts { get; private set; } = null!;

    /// <summary>Contexts opened on the page's database so far: one per query.</summary>
    protected int Queries => _database!.ContextsCreated;

    /// <summary>Whose records the page's reader may see: the whole province unless a test class binds its reader to a 市州.</summary>
    protected virtual RecordScope Scope => RecordScope.Province;

    /// <summary>The test's own records, added to the seeded database before the page renders.</summary>
    protected virtual void AddRecords(DashboardDbContext db)
    {
    }

    /// <summary>Reads the page's database directly, every record of it: what a test checks a page's action against.</summary>
    protected T Read<T>(Func<DashboardDbContext, T> query)
    {
        using var db = _database!.CreateDbContext();
        return query(db);
    }

    /// <summary>The 工匠梯队 page opened at <paramref name="uri"/>, once its pyramid is drawn.</summary>
    protected IRenderedComponent<Tiers> RenderTiersAt(string uri)
    {
        Navigation.NavigateTo(uri);
        var cut = Render<Tiers>();
        cut.WaitForElement("[data-chart='tier-pyramid'] canvas");
        return cut;
    }

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        await using (var db = _database.CreateDbContext())
        {
            AddRecords(db);
            await db.SaveChangesAsync();
        }
        UseDatabase(_database, Scope);
        Charts = SetupChartModule();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
