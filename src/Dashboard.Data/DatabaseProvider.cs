using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

/// <summary>The database behind the dashboard, chosen by <c>Dashboard:Database</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file beside the app: the default, for one server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several app servers can share.</summary>
    Postgres,
}

public static class DashboardDatabase
{
    /// <summary>
    /// Where each provider's migrations live. SQLite's stay in this assembly (the context's, EF's default);
    /// PostgreSQL's are generated for its own column types into <c>Dashboard.Data.Postgres</c>.
    /// </summary>
    public const string PostgresMigrationsAssembly = "Dashboard.Data.Postgres";

    /// <summary>Points <paramref name="options"/> at the database: the one place that knows both providers.</summary>
    public static TBuilder Use<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Dashboard:Database is Sqlite or Postgres."),
        };
        return options;
    }
}
