using Dashboard.Data.Accounts;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Shared;

/// <summary>The app's account services over a test database, on a clock the test controls.</summary>
internal static class AccountServices
{
    public static ServiceProvider Create(SqliteTestDatabase database, AccountSeedOptions options, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddKeyedSingleton<IDbContextFactory<DashboardDbContext>>(WholeDatabaseDbContextFactory.Key, database);
        services.AddDashboardAccounts(options);
        return services.BuildServiceProvider();
    }
}
