using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Tests.Shared;

/// <summary>Keeps every log line, so a test can assert what start-up told the operator.</summary>
internal sealed class TestLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _logged = new(0);

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new TestLogger(this);

    /// <summary>Waits until a line matching <paramref name="match"/> has been logged.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        while (!_lines.Any(match))
        {
            await _logged.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _logged.Dispose();

    private void Add(string line)
    {
        _lines.Enqueue(line);
        _logged.Release();
    }

    private sealed class TestLogger(TestLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => provider.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
