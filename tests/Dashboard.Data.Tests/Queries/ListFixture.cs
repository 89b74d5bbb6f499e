using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The reference lists as seeded, the named real records removed, and <see cref="ListRecords"/> added, so every count is the fixture's.</summary>
internal static class ListFixture
{
    public static async Task<SqliteTestDatabase> CreateAsync(CancellationToken cancellationToken)
        => (SqliteTestDatabase)await CreateAsync(DatabaseProvider.Sqlite, cancellationToken);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateSeededAsync(provider, includeSampleData: false);
        await using var db = database.CreateDbContext();
        await db.Honours.ExecuteDeleteAsync(cancellationToken);
        await db.InnovationAchievements.ExecuteDeleteAsync(cancellationToken);
        await db.InnovationStudios.ExecuteDeleteAsync(cancellationToken);
        await db.Craftsmen.ExecuteDeleteAsync(cancellationToken);
        await db.CompetitionEntries.ExecuteDeleteAsync(cancellationToken);
        await db.Competitions.ExecuteDeleteAsync(cancellationToken);
        ListRecords.Add(db);
        await db.SaveChangesAsync(cancellationToken);
        return database;
    }

    /// <summary>Every row of a list as a reader paging through it sees them, one page after another from the first.</summary>
    public static async Task<List<TRow>> AllPagesAsync<TRow>(Func<ListRequest, Task<PagedResult<TRow>>> page, ListRequest request)
    {
        var rows = new List<TRow>();
        for (var number = 0; ; number++)
        {
            var result = await page(request with { Page = number });
            rows.AddRange(result.Items);
            if (result.Items.Count == 0 || rows.Count >= result.TotalCount)
            {
                return rows;
            }
        }
    }

    public static async Task<int> IdOfAsync<T>(TestDatabase database, Func<DashboardDbContext, IQueryable<T>> query)
    {
        await using var db = database.CreateDbContext();
        return Convert.ToInt32(await query(db).SingleAsync());
    }
}
