using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Tests.Shared;

/// <summary>Keeps every log line, so a test can assert what start-up told the operator.</summary>
internal sealed class TestLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new TestLogger(_lines);

    public void Dispose()
    {
    }

    private sealed class TestLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
