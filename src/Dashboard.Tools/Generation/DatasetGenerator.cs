using System.Diagnostics;
using Dashboard.Data;
using Dashboard.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tools.Generation;

/// <summary>
/// Writes a new database the app opens as is: migrated and seeded by the app's own start-up code, then, at province
/// scale, the sample records bulk-written. The file is built beside the target and moved over it only when complete.
/// </summary>
public sealed class DatasetGenerator(TextWriter progress)
{
    public async Task<GenerateResult> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var partial = request.DatabasePath + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(request.DatabasePath)!);
        DeleteDatabaseFiles(partial);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString();
        try
        {
            // At province scale the seeder writes everything but the sample records, which the bulk writer adds.
            var seedOptions = new SeedOptions(request.SeedDirectory, IncludeSampleData: request.ProvinceFactor is null);
            await using (var services = new ServiceCollection().AddLogging().AddDashboardData(connectionString, seedOptions).BuildServiceProvider())
            {
                var step = Stopwatch.StartNew();
                await services.MigrateAndSeedDashboardDataAsync(cancellationToken);
                if (services.GetRequiredService<SeedStatus>().Failure is { } failure)
                {
                    return new GenerateResult(failure);
                }
                await progress.WriteLineAsync($"Migrated and seeded as the app does ({(seedOptions.IncludeSampleData ? "with" : "without")} sample records): {step.Elapsed.TotalSeconds:0.0} s");
            }

            if (request.ProvinceFactor is { } factor)
            {
                await ProvinceData.WriteAsync(connectionString, request.SeedDirectory, factor, progress, cancellationToken);
            }

            DeleteDatabaseFiles(request.DatabasePath);
            File.Move(partial, request.DatabasePath);
            await progress.WriteLineAsync($"Wrote {request.DatabasePath} ({new FileInfo(request.DatabasePath).Length / 1024.0 / 1024.0:0.0} MB) in {total.Elapsed.TotalSeconds:0.0} s.");
            return new GenerateResult(null);
        }
        finally
        {
            DeleteDatabaseFiles(partial);
        }
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}

/// <param name="SeedFailure">Set when the seeder refused a seed file; nothing was written to the target.</param>
public sealed record GenerateResult(SeedFailure? SeedFailure);
