using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Accounts;

public sealed class DashboardUserManagerTests
{
    private const string Password = "Sichuan-Demo-2025";

    [Fact]
    public async Task AccessFailed_FiveTimes_LocksOutUntilFifteenMinutesPass()
    {
        // Arrange
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var services = AccountServices.Create(database, new AccountSeedOptions(false, null, null), clock);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var user = new DashboardUser { UserName = "tester" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);

        // Act
        var lockedBefore = new List<bool>();
        for (var failure = 1; failure <= 5; failure++)
        {
            lockedBefore.Add(await users.IsLockedOutAsync(user));
            await users.AccessFailedAsync(user);
        }

        // Assert
        Assert.All(lockedBefore, Assert.False);
        Assert.True(await users.IsLockedOutAsync(user));
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(await users.IsLockedOutAsync(user));
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.False(await users.IsLockedOutAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, Password));
    }
}
