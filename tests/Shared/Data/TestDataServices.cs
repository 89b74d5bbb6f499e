using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Shared.Data;

/// <summary>The app's data services over a test database, for a reader of a given scope.</summary>
public static class TestDataServices
{
    /// <summary>
    /// Registers the data layer as the app does, with the query services' contexts taken from
    /// <paramref name="database"/> and seeing only <paramref name="scope"/> (the whole province by default).
    /// </summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, TestDatabase database, RecordScope? scope = null)
    {
        scope ??= RecordScope.Province;
        services.AddDashboardData("Data Source=:memory:", new SeedOptions(RepositoryPaths.Seeds, IncludeSampleData: true));
        // Registered last, so they are the factories the services are given.
        services.AddSingleton<IRecordScopeSource>(new FixedRecordScope(scope));
        services.AddSingleton(database.For(scope));
        services.AddSingleton(database.Options);
        services.AddKeyedSingleton<IDbContextFactory<DashboardDbContext>>(WholeDatabaseDbContextFactory.Key, database);
        return services;
    }
}

/// <summary>A reader whose scope does not change: the test's stand-in for the signed-in account.</summary>
public sealed class FixedRecordScope(RecordScope scope) : IRecordScopeSource
{
    public ValueTask<RecordScope> GetScopeAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(scope);
}
