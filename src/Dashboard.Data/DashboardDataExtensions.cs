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

    /// <summary>
    /// Applies migrations, then seeds. A bad seed file is logged and reported through <see cref="SeedStatus"/>; the app
    /// still starts on what the database holds. A migration lock left by a killed process is removed, and a database
    /// held by another connection is tried again a few times, each with a logged reason.
    /// </summary>
    public static async Task MigrateAndSeedDashboardDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILogger<DashboardSeeder>>();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // A fresh context each try: a failed SaveChanges leaves its rows tracked.
                await using var db = await services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(cancellationToken);
                await DatabaseStartup.RemoveStaleMigrationLockAsync(db, logger, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await SeedAsync(services, db, logger, cancellationToken);
                return;
            }
            catch (Exception ex) when (DatabaseStartup.IsLocked(ex) && attempt < DatabaseStartup.BusyRetryDelays.Length)
            {
                var delay = DatabaseStartup.BusyRetryDelays[attempt];
                logger.LogWarning("The database is locked by another connection ({Reason}); retrying in {Seconds} s.", ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    private static async Task SeedAsync(IServiceProvider services, DashboardDbContext db, ILogger<DashboardSeeder> logger, CancellationToken cancellationToken)
    {
        try
        {
            await new DashboardSeeder(db, services.GetRequiredService<SeedOptions>(), logger).SeedAsync(cancellationToken);
        }
        catch (SeedDataException ex)
        {
            logger.LogError(ex, "Seeding stopped; the database was left as it was.");
            services.GetRequiredService<SeedStatus>().Fail(ex.Failure);
        }
    }
}
