using System.Diagnostics;
using Dashboard.Data;
using Dashboard.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tools.Generation;

/// <summary>
/// Writes a new database the app opens as is: migrated and seeded by the app's own start-up code, then, at province
/// scale, the sample records bulk-written. The database is built beside the target and put in its place only when complete.
/// </summary>
public sealed class DatasetGenerator(TextWriter progress)
{
    public async Task<GenerateResult> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var target = request.Target;
        await target.BeginAsync(cancellationToken);
        try
        {
            // At province scale the seeder writes everything but the sample records, which the bulk writer adds.
            var seedOptions = new SeedOptions(request.SeedDirectory, IncludeSampleData: request.ProvinceFactor is null);
            await using (var services = new ServiceCollection().AddLogging().AddDashboardData(target.PartialConnectionString, seedOptions, target.Provider).BuildServiceProvider())
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
                await ProvinceData.WriteAsync(target, request.SeedDirectory, factor, progress, cancellationToken);
            }

            var written = await target.CompleteAsync(cancellationToken);
            await progress.WriteLineAsync($"Wrote {written} in {total.Elapsed.TotalSeconds:0.0} s.");
            return new GenerateResult(null);
        }
        finally
        {
            await target.DiscardAsync();
        }
    }
}

/// <param name="SeedFailure">Set when the seeder refused a seed file; nothing was written to the target.</param>
public sealed record GenerateResult(SeedFailure? SeedFailure);
