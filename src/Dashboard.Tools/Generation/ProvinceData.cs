using System.Diagnostics;
using Dashboard.Data.Seeding;

namespace Dashboard.Tools.Generation;

/// <summary>The province-scale sample records: made by the app's sample generator from scaled settings, then bulk-written.</summary>
internal static class ProvinceData
{
    public static async Task WriteAsync(GenerationTarget target, string seedDirectory, double factor, TextWriter progress, CancellationToken cancellationToken)
    {
        var step = Stopwatch.StartNew();
        RealRecordCounts realCounts;
        IReadOnlyDictionary<string, int> tierRanks;
        await using (var db = target.CreateDbContext())
        {
            realCounts = await RealRecordCounts.LoadAsync(db, cancellationToken);
            tierRanks = await db.TierRanksAsync(cancellationToken);
        }
        var settings = ProvinceScale.Apply(new SeedFileReader(seedDirectory).Read<SampleSettings>("sample/settings.json"), factor);
        var sample = new SampleDataGenerator(settings, realCounts, tierRanks).Generate();
        await progress.WriteLineAsync($"Generated the sample records in memory: {step.Elapsed.TotalSeconds:0.0} s");

        await SampleBulkWriter.WriteAsync(target, sample, progress, cancellationToken);
    }
}
