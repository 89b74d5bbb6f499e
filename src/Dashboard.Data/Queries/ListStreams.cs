using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

internal static class ListStreams
{
    /// <summary>
    /// A list's rows through one context that lives as long as the reading: opened at the first row asked for and
    /// closed after the last, or when the reader stops, so the rows are never all held at once.
    /// </summary>
    public static async IAsyncEnumerable<TRow> StreamAsync<TRow>(
        this IDbContextFactory<DashboardDbContext> dbFactory, Func<DashboardDbContext, IAsyncEnumerable<TRow>> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var row in rows(db).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
