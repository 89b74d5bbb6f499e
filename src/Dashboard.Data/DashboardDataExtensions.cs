using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

public static class DashboardDataExtensions
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services, string connectionString, SeedOptions seedOptions)
    {
        services.AddDbContextFactory<DashboardDbContext>(options => options
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton(seedOptions);
        services.AddSingleton<SeedStatus>();
        services.AddSingleton<IndicatorQueries>();
        services.AddSingleton<ReferenceQueries>();
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<TierQueries>();
        services.AddSingleton<CompetitionQueries>();
        services.AddSingleton<InnovationQueries>();
        services.AddSingleton<CraftsmanListQueries>();
        services.AddSingleton<CompetitionListQueries>();
        services.AddSingleton<StudioListQueries>();
        services.AddSingleton<EnterpriseQueries>();
        services.AddSingleton<HonourListQueries>();
        return services;
    }

    /// <summary>Applies migrations, then seeds. A bad seed file is logged and reported through <see cref="SeedStatus"/>; the app still starts on what the database holds.</summary>
    public static async Task MigrateAndSeedDashboardDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        var logger = services.GetRequiredService<ILogger<DashboardSeeder>>();
        try
        {
            await new DashboardSeeder(db, services.GetRequiredService<SeedOptions>(), logger).SeedAsync(cancellationToken);
        }
        catch (SeedDataException ex)
        {
            logger.LogError(ex, "Seeding stopped; the database was left as it was.");
            services.GetRequiredService<SeedStatus>().Fail(ex.Message);
        }
    }
}
