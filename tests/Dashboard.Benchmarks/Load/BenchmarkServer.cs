using System.Reflection;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Web;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The dashboard the browser modes measure, and Debian's Chromium signed in to it. Either the app started here from its
/// build output (Development, so the demo accounts exist; a fresh seed-size database of its own; a free port on
/// 127.0.0.1), or one already running at a given address, whose process id, if given, lets its memory be read.
/// </summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    public static readonly string[] DemoAccounts = ["leader", "staff", "admin", "chengdu"];

    // The app logs each query and page load at Debug when started by AppProcess; under load that is all it would do.
    private static readonly Dictionary<string, string> s_appSettings = new()
    {
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Dashboard.Data.Queries"] = "Warning",
        ["Logging__LogLevel__Dashboard.Web.Components.Pages"] = "Warning",
        // A closed reader's circuit is let go at once rather than kept three minutes for a reconnection: the memory
        // measured before the sessions open would otherwise still hold the first-chart visits' circuits.
        ["Dashboard__Circuits__DisconnectedCircuitMaxRetained"] = "0",
    };

    private readonly AppProcess? _app;
    private readonly IPlaywright _playwright;
    private readonly Dictionary<string, string> _signedIn = [];

    private BenchmarkServer(AppProcess? app, Uri address, int? processId, IPlaywright playwright, IBrowser browser)
    {
        _app = app;
        Address = address;
        ProcessId = processId;
        _playwright = playwright;
        Browser = browser;
    }

    public Uri Address { get; }

    /// <summary>The server's process, when known: the one started here, or the one named with --pid.</summary>
    public int? ProcessId { get; }

    public IBrowser Browser { get; }

    public static async Task<BenchmarkServer> StartAsync(Uri? runningAt, int? processId)
    {
        AppProcess? app = null;
        if (runningAt is null)
        {
            var configuration = typeof(BenchmarkServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            var web = Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web");
            // Started from its dll, not with "dotnet run", so the process measured is the app and not the .NET CLI.
            app = await AppProcess.StartAsync([Path.Combine(web, "bin", configuration, "net10.0", "Dashboard.Web.dll")],
                environment: "Development", workingDirectory: web, settings: s_appSettings);
            Console.Error.WriteLine($"Started the app ({configuration}) at {app.BaseAddress}, process {app.ProcessId}.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await DebianChromium.LaunchAsync(playwright);
        return new BenchmarkServer(app, runningAt ?? app!.BaseAddress, app?.ProcessId ?? processId, playwright, browser);
    }

    /// <summary>The cookies of a demo account, signed in once through the sign-in form.</summary>
    public async Task<string> SignedInStateAsync(string userName)
    {
        if (!_signedIn.TryGetValue(userName, out var state))
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString() });
            var page = await context.NewPageAsync();
            await page.SignInAsync(userName);
            _signedIn[userName] = state = await context.StorageStateAsync();
            await context.CloseAsync();
        }
        return state;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
