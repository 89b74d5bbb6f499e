using Dashboard.Tools.Tests.Shared;

namespace Dashboard.Tools.Tests.Generation;

/// <summary>One tenth of the province, generated once for the tests that only read it.</summary>
public sealed class ProvinceFractionFixture : IAsyncLifetime
{
    public const double Factor = 0.1;

    public GeneratedDatabase Database { get; private set; } = null!;

    public string Progress { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var progress = new StringWriter();
        Database = await GeneratedDatabase.CreateAsync(Factor, progress);
        Progress = progress.ToString();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
