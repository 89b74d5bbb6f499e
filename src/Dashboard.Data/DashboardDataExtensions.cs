using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Changes;
using Dashboard.Data.Import;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

public static class DashboardDataExtensions
{
    /// <summary>
    /// The data layer. Query services of records are scoped: each reader's contexts come from
    /// <see cref="ReaderDbContextFactory"/>, leased from one pool for the app, which needs an
    /// <see cref="IRecordScopeSource"/> registered by the host.
    /// Without one, no record query can run: a missing scope fails closed rather than showing the whole province.
    /// Under <see cref="DatabaseProvider.Postgres"/> committed changes reach the other servers on the same database
    /// through LISTEN/NOTIFY; otherwise within this process only.
    /// </summary>
    public static IServiceCollection AddDashboardData(
        this IServiceCollection services, string connectionString, SeedOptions seedOptions, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        // Registered for its options (with the app's logging); the factory itself is replaced by the two below.
        services.AddDbContextFactory<DashboardDbContext>(options => options
            .Use(provider, connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<ReaderContextPool>();
        services.Replace(ServiceDescriptor.Scoped<IDbContextFactory<DashboardDbContext>, ReaderDbContextFactory>());
        services.AddKeyedSingleton<IDbContextFactory<DashboardDbContext>, WholeDatabaseDbContextFactory>(WholeDatabaseDbContextFactory.Key);
        services.AddSingleton(seedOptions);
        services.AddSingleton<SeedStatus>();
        if (provider == DatabaseProvider.Postgres)
        {
            services.TryAddSingleton<IRecordChangeNotifier>(sp => new PostgresRecordChangeNotifier(
                connectionString, sp.GetRequiredService<ILogger<PostgresRecordChangeNotifier>>()));
        }
        services.TryAddSingleton<IRecordChangeNotifier, InProcessRecordChangeNotifier>();
        // Published figures and reference lists are public and cached once per app.
        services.AddSingleton<IndicatorQueries>();
        services.AddSingleton<ReferenceQueries>();
        services.AddScoped<OverviewQueries>();
        services.AddScoped<TierQueries>();
        services.AddScoped<CompetitionQueries>();
        services.AddScoped<InnovationQueries>();
        services.AddScoped<CraftsmanListQueries>();
        services.AddScoped<CompetitionListQueries>();
        services.AddScoped<StudioListQueries>();
        services.AddScoped<EnterpriseQueries>();
        services.AddScoped<HonourListQueries>();
        services.TryAddSingleton(TimeProvider.System);
        // The audit log is the admins' and the sign-in's, never a reader's: both use the whole-database factory.
        services.TryAddSingleton<AuditLog>();
        services.AddSingleton<AuditQueries>();
        services.TryAddSingleton(ImportLimits.Default);
        services.AddScoped<ImportService>();
        services.AddSingleton<ImportBatches>();
        return services;
    }

    private static IDbContextFactory<DashboardDbContext> WholeDatabase(this IServiceProvider services)
        => services.GetRequiredKeyedService<IDbContextFactory<DashboardDbContext>>(WholeDatabaseDbContextFactory.Key);

    /// <summary>
    /// Identity over <see cref="DashboardDbContext"/>: passwords of 8 to any length checked against the common-password
    /// list and nothing else, and 5 failed sign-ins lock an account for 15 minutes by the registered <see cref="TimeProvider"/>.
    /// </summary>
    public static IdentityBuilder AddDashboardAccounts(this IServiceCollection services, AccountSeedOptions seedOptions)
    {
        // Identity's stores load a user and save it again within one scope, which needs a tracking context;
        // the query services keep their no-tracking contexts from the factory.
        services.AddScoped(provider =>
        {
            var db = provider.WholeDatabase().CreateDbContext();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            return db;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(seedOptions);
        services.AddSingleton<AccountStatus>();
        services.AddScoped<AccountSeeder>();
        services.TryAddSingleton<AuditLog>();
        services.AddSingleton<AccountAdministration>();
        return services
            .AddIdentityCore<DashboardUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<DashboardClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddUserManager<DashboardUserManager>()
            .AddPasswordValidator<CommonPasswordValidator>();
    }

    /// <summary>Creates the roles and the demo accounts or the first admin; run after <see cref="MigrateAndSeedDashboardDataAsync"/>.</summary>
    public static async Task SeedDashboardAccountsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync(services.GetRequiredService<AccountSeedOptions>());
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
                await using var db = await services.WholeDatabase().CreateDbContextAsync(cancellationToken);
                // SQLite's lock row and journal mode; PostgreSQL's migration lock is a table lock that ends with its transaction.
                var sqlite = db.Database.IsSqlite();
                if (sqlite)
                {
                    await DatabaseStartup.RemoveStaleMigrationLockAsync(db, logger, cancellationToken);
                }
                // PostgreSQL: servers starting together migrate and seed one after another.
                await using var turn = sqlite ? null : await DatabaseStartup.TakeStartingTurnAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                if (sqlite)
                {
                    await DatabaseStartup.UseWriteAheadLogAsync(db, cancellationToken);
                }
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
