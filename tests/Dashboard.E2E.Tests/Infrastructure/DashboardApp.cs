using System.Reflection;
using Dashboard.Tests.Shared;

namespace Dashboard.E2E.Tests.Infrastructure;

/// <summary>One dashboard for the whole test assembly, started the way the README starts it: <c>dotnet run</c>.</summary>
public sealed class DashboardApp : IAsyncLifetime
{
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("The app has not started.");

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>The configuration this test assembly was built in; the web project was built alongside it.</summary>
    public static string BuildConfiguration { get; } =
        typeof(DashboardApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public async ValueTask InitializeAsync() => _app = await StartAsync();

    /// <summary>Starts the app in Development with <c>dotnet run</c>, on a fresh database or on the one in <paramref name="dataFolder"/>.</summary>
    public static Task<AppProcess> StartAsync(string? dataFolder = null)
        => AppProcess.StartAsync(
            ["run", "--no-build", "--no-launch-profile", "-c", BuildConfiguration, "--project", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web")],
            environment: "Development",
            workingDirectory: RepositoryPaths.Root,
            dataFolder: dataFolder);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
