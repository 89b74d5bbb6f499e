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

/// <summary>
/// Changes within this process: each subscriber is called in turn; one that fails does not stop the others. Each is called
/// in the execution context it subscribed in, so a page reloads in its reader's culture, not in that of whoever committed.
/// </summary>
public sealed class InProcessRecordChangeNotifier : IRecordChangeNotifier
{
    private readonly Lock _lock = new();

    // Replaced whole under the lock, read without it: a notification walks the list as it was when it started.
    private volatile Subscriber[] _subscribers = [];

    public async Task NotifyAsync(RecordChange change, CancellationToken cancellationToken = default)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await subscriber.CallAsync(change);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A page that has gone away, or failed to reload, is its own business: the others still hear of the change.
            }
        }
    }

    public IDisposable Subscribe(Func<RecordChange, Task> onChange)
    {
        var subscriber = new Subscriber(onChange, ExecutionContext.Capture());
        lock (_lock)
        {
            _subscribers = [.. _subscribers, subscriber];
        }
        return new Subscription(() =>
        {
            lock (_lock)
            {
                _subscribers = [.. _subscribers.Where(s => s != subscriber)];
            }
        });
    }

    private sealed class Subscriber(Func<RecordChange, Task> onChange, ExecutionContext? context)
    {
        public Task CallAsync(RecordChange change)
        {
            if (context is null)
            {
                return onChange(change);
            }
            Task? called = null;
            ExecutionContext.Run(context, _ => called = onChange(change), null);
            return called!;
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
