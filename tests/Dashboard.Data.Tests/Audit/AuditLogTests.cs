using System.Data.Common;
using Dashboard.Data.Audit;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly DateTimeOffset s_now = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WriteAsync_Event_StoresItWithTheClockTimeInUtc(DatabaseProvider provider)
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync(provider);
        var log = new AuditLog(database, new FakeTimeProvider(s_now.ToOffset(TimeSpan.FromHours(8))));

        // Act
        await log.WriteAsync(new AuditEvent(AuditActions.SignInFailed, new AuditActor(null, "nobody", "198.51.100.4")) { Details = SignInFailures.UnknownUser },
            TestContext.Current.CancellationToken);

        // Assert
        await using var db = database.CreateDbContext();
        var entry = Assert.Single(db.AuditEntries);
        Assert.Equal((AuditActions.SignInFailed, (string?)null, "nobody", "198.51.100.4", SignInFailures.UnknownUser),
            (entry.Action, entry.ActorId, entry.ActorName, entry.ClientAddress, entry.Details));
        Assert.Equal(new DateTime(2025, 5, 1, 9, 0, 0), entry.TimeUtc);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_ModifiedEntry_RefusedAsAppendOnly(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithOneEntryAsync(provider);
        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.AsTracking().SingleAsync(TestContext.Current.CancellationToken);

        entry.ActorName = "someone else";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Contains("append-only", error.Message);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_DeletedEntry_RefusedAsAppendOnly(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithOneEntryAsync(provider);
        await using var db = database.CreateDbContext();

        db.AuditEntries.Remove(await db.AuditEntries.AsTracking().SingleAsync(TestContext.Current.CancellationToken));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        await using var fresh = database.CreateDbContext();
        Assert.Equal(1, await fresh.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExecuteUpdateAndDelete_BypassingTheContext_RefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithOneEntryAsync(provider);
        await using var db = database.CreateDbContext();

        // SQLite's triggers and PostgreSQL's (each provider's migrations make them) refuse alike.
        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "x"), TestContext.Current.CancellationToken));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        Assert.All([update, delete], error => Assert.Contains("append-only", error.Message));
        Assert.Equal("admin", (await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken)).ActorName);
    }

    [Fact]
    public async Task Truncate_OnPostgres_RefusedByTheDatabase()
    {
        // PostgreSQL can empty a table without deleting a row, so its migrations add a trigger SQLite has no need of.
        await using var database = await DatabaseWithOneEntryAsync(DatabaseProvider.Postgres);
        await using var db = database.CreateDbContext();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\"", TestContext.Current.CancellationToken));

        Assert.Contains("append-only", error.Message);
        Assert.Equal(1, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAsync_FilteredByWhoWhatAndWhen_ReturnsOnlyThoseNewestFirst(DatabaseProvider provider)
    {
        // Arrange: admin signs in on 1 and 2 May, staff on 2 May, admin creates an account on 3 May
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(s_now);
        var log = new AuditLog(database, clock);
        await log.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor("a", "admin", null)), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromDays(1));
        await log.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor("a", "admin", null)), TestContext.Current.CancellationToken);
        await log.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor("s", "staff", null)), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromDays(1));
        await log.WriteAsync(new AuditEvent(AuditActions.AccountCreated, new AuditActor("a", "admin", null)) { TargetName = "new" }, TestContext.Current.CancellationToken);
        var queries = new AuditQueries(database);
        var all = new ListRequest(Page: 0, PageSize: 20);

        // Act
        var everything = await queries.ListAsync(AuditFilter.All, all, TestContext.Current.CancellationToken);
        var adminSignIns = await queries.ListAsync(new AuditFilter(Actor: "adm", Action: AuditActions.SignIn), all, TestContext.Current.CancellationToken);
        var secondMay = await queries.ListAsync(new AuditFilter(FromUtc: new DateTime(2025, 5, 2), ToUtc: new DateTime(2025, 5, 3)), all, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(4, everything.TotalCount);
        Assert.Equal(AuditActions.AccountCreated, everything.Items[0].Action);
        Assert.Equal([new DateTime(2025, 5, 2, 9, 0, 0), new DateTime(2025, 5, 1, 9, 0, 0)], adminSignIns.Items.Select(e => e.TimeUtc));
        Assert.Equal(["staff", "admin"], secondMay.Items.Select(e => e.ActorName!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StreamAsync_SignInsOldestFirstPagesOfTwo_EveryPageOfTheLogInItsOrder(DatabaseProvider provider)
    {
        // Arrange: five sign-ins a day apart and one account created, which the filter leaves out
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(s_now);
        var log = new AuditLog(database, clock);
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await log.WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor(name, name, null)), TestContext.Current.CancellationToken);
            clock.Advance(TimeSpan.FromDays(1));
        }
        await log.WriteAsync(new AuditEvent(AuditActions.AccountCreated, new AuditActor("a", "a", null)), TestContext.Current.CancellationToken);
        var queries = new AuditQueries(database);
        var filter = new AuditFilter(Action: AuditActions.SignIn);
        var request = new ListRequest(Page: 0, PageSize: 2, nameof(AuditRow.TimeUtc));

        // Act
        var streamed = await ListFixture.StreamedAsEveryPageAsync(
            page => queries.ListAsync(filter, page, TestContext.Current.CancellationToken), view => queries.StreamAsync(filter, view, TestContext.Current.CancellationToken), request);

        // Assert
        Assert.Equal(["a", "b", "c", "d", "e"], streamed.Select(e => e.ActorName!));
    }

    private static async Task<TestDatabase> DatabaseWithOneEntryAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new AuditLog(database, new FakeTimeProvider(s_now)).WriteAsync(new AuditEvent(AuditActions.SignIn, new AuditActor("id", "admin", "127.0.0.1")));
        return database;
    }
}
