using System.Threading.Channels;
using Dashboard.Data.Import;

namespace Dashboard.Web.Services;

/// <summary>A confirmed import waiting to be written: its batch and the uploaded file, which the worker deletes when done.</summary>
public sealed record ImportJob(int BatchId, string FilePath);

/// <summary>The confirmed imports, in the order they were confirmed.</summary>
public sealed class ImportQueue
{
    private readonly Channel<ImportJob> _jobs = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ImportJob> Reader => _jobs.Reader;

    public void Enqueue(ImportJob job)
    {
        if (!_jobs.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The import queue is closed.");
        }
    }

    /// <summary>Where uploads wait for their batch: a folder of the machine's temporary files, made on first use.</summary>
    public static string UploadFolder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dashboard-imports")).FullName;
}

/// <summary>
/// Writes confirmed imports on the server, one after another, whatever happens to the browser tab that confirmed them.
/// On start, batches a stopped server left queued or running are marked failed: their transactions never committed.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, ImportBatches batches, ImportLimits limits, ILogger<ImportWorker> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await batches.FailInterruptedAsync(cancellationToken) is > 0 and var interrupted)
        {
            logger.LogWarning("{Count} import batches were interrupted by a stop and wrote nothing; they are marked failed.", interrupted);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var file = File.OpenRead(job.FilePath);
                var batch = await batches.RunAsync(job.BatchId, file, limits, stoppingToken);
                logger.LogInformation("Import batch {Batch} ({Kind}, {File}): {Status}, {Added} added, {Updated} updated.",
                    batch.Id, batch.Kind, batch.FileName, batch.Status, batch.Added, batch.Updated);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Import batch {Batch} could not be run.", job.BatchId);
            }
            finally
            {
                File.Delete(job.FilePath);
            }
        }
    }
}
