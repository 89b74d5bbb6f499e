using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dashboard.Data.Changes;

/// <summary>
/// Changes across every app server on one PostgreSQL database. A change committed here reaches this server's pages at
/// once and the other servers through NOTIFY; one connection per server LISTENs and hands what it hears to its pages.
/// </summary>
/// <remarks>
/// A lost listening connection is opened again after a short wait, and its pages are then told of a change, since
/// one may have been committed while nobody listened: a reload too many, never a change missed.
/// </remarks>
public sealed class PostgresRecordChangeNotifier : IRecordChangeNotifier, IAsyncDisposable
{
    /// <summary>The channel every server LISTENs on and NOTIFYs.</summary>
    public const string Channel = "dashboard_record_changes";

    private static readonly TimeSpan[] s_reconnectDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private readonly InProcessRecordChangeNotifier _local = new();
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _listenConnectionString;
    private readonly ILogger<PostgresRecordChangeNotifier> _logger;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _listen;

    // This server's own notifications come back to it; it has told its pages already.
    private readonly string _serverId = Guid.NewGuid().ToString("N");

    public PostgresRecordChangeNotifier(string connectionString, ILogger<PostgresRecordChangeNotifier> logger, TimeProvider? clock = null)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        // The listening connection lives for the app's lifetime: kept out of the pool, with keepalives so a dead one is noticed.
        _listenConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _listen = Task.Run(() => ListenAsync(_stopping.Token));
    }

    /// <summary>Completes once this server LISTENs: a NOTIFY from another server after it is heard.</summary>
    public Task Listening => _listening.Task;

    public async Task NotifyAsync(RecordChange change, CancellationToken cancellationToken = default)
    {
        await _local.NotifyAsync(change, cancellationToken);
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = Channel });
            command.Parameters.Add(new NpgsqlParameter { Value = Payload(change) });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // The change itself is committed; only the other servers' pages stay as they are until their next change or reload.
            _logger.LogWarning(ex, "Could not tell the other servers of a change committed at {At}.", change.At);
        }
    }

    public IDisposable Subscribe(Func<RecordChange, Task> onChange) => _local.Subscribe(onChange);

    private string Payload(RecordChange change) => $"{_serverId} {change.At.ToString("O", CultureInfo.InvariantCulture)}";

    private async Task ListenAsync(CancellationToken stopping)
    {
        for (var failures = 0; !stopping.IsCancellationRequested;)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_listenConnectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }
                if (failures > 0)
                {
                    _logger.LogInformation("Listening for other servers' changes again.");
                    _ = _local.NotifyAsync(new RecordChange(_clock.GetUtcNow()), CancellationToken.None);
                }
                failures = 0;
                _listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = s_reconnectDelays[Math.Min(failures++, s_reconnectDelays.Length - 1)];
                _logger.LogWarning(ex, "Lost the connection that hears other servers' changes; trying again in {Seconds} s.", delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, _clock, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(string payload)
    {
        var parts = payload.Split(' ', 2);
        if (parts.Length != 2 || parts[0] == _serverId
            || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return;
        }
        // Raised inside WaitAsync: the pages reload on their own, so the connection goes back to listening at once.
        _ = _local.NotifyAsync(new RecordChange(at), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _listen;
        await _dataSource.DisposeAsync();
        _stopping.Dispose();
    }
}
