using Dashboard.Tests.Shared.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Accounts;

/// <summary>The keys that protect the sign-in cookie live in the database, so every server on it reads the others' cookies.</summary>
public sealed class DataProtectionKeysTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unprotect_OnASecondServer_ReadsWhatTheFirstProtected(DatabaseProvider provider)
    {
        // Arrange: two servers' data protection, as the web app registers it, over one database
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = Server(database);
        await using var second = Server(database);

        // Act
        var cookie = first.GetDataProtector("cookie").Protect("leader");
        var read = second.GetDataProtector("cookie").Unprotect(cookie);

        // Assert
        Assert.Equal("leader", read);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken));
    }

    private static ServiceProvider Server(TestDatabase database) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(database.Options)
        .AddScoped<DashboardDbContext>()
        .AddDataProtection().SetApplicationName("Dashboard").PersistKeysToDbContext<DashboardDbContext>().Services
        .BuildServiceProvider();
}
