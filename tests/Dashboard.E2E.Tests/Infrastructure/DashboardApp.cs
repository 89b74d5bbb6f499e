using System.Reflection;
using Dashboard.Tests.Shared;

namespace Dashboard.E2E.Tests.Infrastructure;

/// <summary>One dashboard for the whole test assembly, started the way the README starts it: <c>dotnet run</c>.</summary>
public class DashboardApp : IAsyncLifetime
{
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("The app has not started.");

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>The configuration this test assembly was built in; the web project was built alongside it.</summary>
    public static string BuildConfiguration { get; } =
        typeof(DashboardApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public async ValueTask InitializeAsync() => _app = await StartAsync();

    /// <summary>
    /// The suite signs in as every demo account and locks one out, from one address, faster than the default sign-in
    /// rate limit allows; <see cref="SignInRateLimitTests"/> starts an app of its own to test that limit.
    /// </summary>
    private static readonly Dictionary<string, string> s_suiteSettings = new() { ["Dashboard__SignInAttemptsPerMinute"] = "600" };

    /// <summary>
    /// Starts the app in Development with <c>dotnet run</c>, on a fresh database or on the one in <paramref name="dataFolder"/>,
    /// with the suite's settings or <paramref name="settings"/>.
    /// </summary>
    public static Task<AppProcess> StartAsync(string? dataFolder = null, IReadOnlyDictionary<string, string>? settings = null)
        => AppProcess.StartAsync(
            ["run", "--no-build", "--no-launch-profile", "-c", BuildConfiguration, "--project", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web")],
            environment: "Development",
            workingDirectory: RepositoryPaths.Root,
            settings: settings ?? s_suiteSettings,
            dataFolder: dataFolder);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
