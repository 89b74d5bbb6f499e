using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_FreshSqliteFile_CreatesEveryTableAndMatchesTheModel()
    {
        // Arrange
        var file = Path.Combine(Directory.CreateTempSubdirectory("dashboard-db-").FullName, "dashboard.db");
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
        await using var db = new DashboardDbContext(options);

        // Act
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.True(File.Exists(file));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(db.Model.GetEntityTypes(), t => t.GetTableName() is null);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers: add a migration.");
        Assert.Equal(0, await db.Regions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void PostgresMigrations_CoverTheModel()
    {
        // Building the model needs no server: the PostgreSQL migrations are checked wherever the tests run.
        var options = new DbContextOptionsBuilder<DashboardDbContext>().Use(DatabaseProvider.Postgres, "Host=localhost;Database=unused").Options;
        using var db = new DashboardDbContext(options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration covers: add one to Dashboard.Data.Postgres.");
    }
}
