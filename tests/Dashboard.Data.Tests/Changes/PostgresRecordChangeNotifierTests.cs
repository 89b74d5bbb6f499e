using System.Threading.Channels;
using Dashboard.Data.Changes;
using Dashboard.Tests.Shared.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dashboard.Data.Tests.Changes;

/// <summary>Two app servers, each with its own notifier, on one PostgreSQL database (a fresh one, so no other test's NOTIFY is heard).</summary>
public sealed class PostgresRecordChangeNotifierTests : IAsyncLifetime
{
    private static readonly RecordChange s_change = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan s_within = TimeSpan.FromSeconds(5);

    private PostgresTestDatabase _database = null!;
    private PostgresRecordChangeNotifier _serverA = null!;
    private PostgresRecordChangeNotifier _serverB = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _serverA = new PostgresRecordChangeNotifier(_database.ConnectionString, NullLogger<PostgresRecordChangeNotifier>.Instance);
        _serverB = new PostgresRecordChangeNotifier(_database.ConnectionString, NullLogger<PostgresRecordChangeNotifier>.Instance);
        await Task.WhenAll(_serverA.Listening, _serverB.Listening).WaitAsync(s_within, Token);
    }

    [Fact]
    public async Task NotifyAsync_OnOneServer_ReachesASubscriberOfTheOther()
    {
        // Arrange
        var heardOnB = Channel.CreateUnbounded<RecordChange>();
        using var subscription = _serverB.Subscribe(change => heardOnB.Writer.WriteAsync(change).AsTask());

        // Act
        await _serverA.NotifyAsync(s_change, Token);

        // Assert
        Assert.Equal(s_change, await heardOnB.Reader.ReadAsync(Token).AsTask().WaitAsync(s_within, Token));
    }

    [Fact]
    public async Task NotifyAsync_OwnSubscriber_HearsItOnceAtOnce()
    {
        // Arrange
        var heardOnA = 0;
        using var subscription = _serverA.Subscribe(_ => { Interlocked.Increment(ref heardOnA); return Task.CompletedTask; });
        var heardOnB = Channel.CreateUnbounded<RecordChange>();
        using var other = _serverB.Subscribe(change => heardOnB.Writer.WriteAsync(change).AsTask());

        // Act
        await _serverA.NotifyAsync(s_change, Token);

        // Assert: told before NotifyAsync returns, and not again when its own NOTIFY comes back (B hearing it shows it has come round)
        Assert.Equal(1, heardOnA);
        await heardOnB.Reader.ReadAsync(Token).AsTask().WaitAsync(s_within, Token);
        await Task.Delay(TimeSpan.FromMilliseconds(200), Token);
        Assert.Equal(1, heardOnA);
    }

    [Fact]
    public async Task ListeningConnectionLost_ReconnectsTellsItsPagesAndHearsAgain()
    {
        // Arrange
        var heardOnB = Channel.CreateUnbounded<RecordChange>();
        using var subscription = _serverB.Subscribe(change => heardOnB.Writer.WriteAsync(change).AsTask());

        // Act: the server ends both listening connections, as a restart or a failover would
        await using (var admin = new NpgsqlConnection(_database.ConnectionString))
        {
            await admin.OpenAsync(Token);
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'", admin);
            await kill.ExecuteNonQueryAsync(Token);
        }

        // Assert: B's pages are told once it listens again, since a change may have come meanwhile; then A's change reaches B
        var missed = await heardOnB.Reader.ReadAsync(Token).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.NotEqual(s_change, missed);
        await _serverA.NotifyAsync(s_change, Token);
        Assert.Equal(s_change, await heardOnB.Reader.ReadAsync(Token).AsTask().WaitAsync(s_within, Token));
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverA is not null)
        {
            await _serverA.DisposeAsync();
        }
        if (_serverB is not null)
        {
            await _serverB.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
