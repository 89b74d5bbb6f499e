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

    /// <summary>
    /// The rows <paramref name="stream"/> gives for <paramref name="request"/>, asserted to be every row of the list's
    /// pages, one page after another from the first. The stream is asked from a later page, which it ignores.
    /// </summary>
    public static async Task<List<TRow>> StreamedAsEveryPageAsync<TRow>(
        Func<ListRequest, Task<PagedResult<TRow>>> page, Func<ListRequest, IAsyncEnumerable<TRow>> stream, ListRequest request)
    {
        var paged = new List<TRow>();
        for (var number = 0; ; number++)
        {
            var result = await page(request with { Page = number });
            paged.AddRange(result.Items);
            if (result.Items.Count == 0 || paged.Count >= result.TotalCount)
            {
                break;
            }
        }
        var streamed = await stream(request with { Page = 3 }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(paged, streamed);
        return streamed;
    }

    public static async Task<int> IdOfAsync<T>(TestDatabase database, Func<DashboardDbContext, IQueryable<T>> query)
    {
        await using var db = database.CreateDbContext();
        return Convert.ToInt32(await query(db).SingleAsync());
    }
}
