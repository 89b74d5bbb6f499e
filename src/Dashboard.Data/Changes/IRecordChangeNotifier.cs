namespace Dashboard.Data.Changes;

/// <summary>Records changed and were committed: an import, an undo, an edit.</summary>
/// <param name="At">When the change was committed.</param>
public sealed record RecordChange(DateTimeOffset At);

/// <summary>
/// Tells every open page that records changed, so it loads again. The in-process implementation serves one server;
/// a deployment of several plugs in a shared one (PostgreSQL LISTEN/NOTIFY) behind the same interface.
/// </summary>
public interface IRecordChangeNotifier
{
    /// <summary>Called after the change is committed, never before: a page that loads then sees it.</summary>
    Task NotifyAsync(RecordChange change, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onChange"/> on each change until the returned subscription is disposed.</summary>
    IDisposable Subscribe(Func<RecordChange, Task> onChange);
}

/// <summary>Changes within this process: each subscriber is called in turn; one that fails does not stop the others.</summary>
public sealed class InProcessRecordChangeNotifier : IRecordChangeNotifier
{
    private readonly Lock _lock = new();

    // Replaced whole under the lock, read without it: a notification walks the list as it was when it started.
    private volatile Func<RecordChange, Task>[] _subscribers = [];

    public async Task NotifyAsync(RecordChange change, CancellationToken cancellationToken = default)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await subscriber(change);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A page that has gone away, or failed to reload, is its own business: the others still hear of the change.
            }
        }
    }

    public IDisposable Subscribe(Func<RecordChange, Task> onChange)
    {
        lock (_lock)
        {
            _subscribers = [.. _subscribers, onChange];
        }
        return new Subscription(() =>
        {
            lock (_lock)
            {
                _subscribers = [.. _subscribers.Where(s => s != onChange)];
            }
        });
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
