using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without a server (adding a migration needs none):
/// <c>dotnet ef migrations add NAME --project src/Dashboard.Data.Postgres --startup-project src/Dashboard.Data.Postgres</c>.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<DashboardDbContext>().Use(DatabaseProvider.Postgres, "Host=localhost;Database=dashboard").Options);
}
