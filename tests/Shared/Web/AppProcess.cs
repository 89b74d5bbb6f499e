using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.Tests.Shared.Web;

/// <summary>The dashboard running in a child process on 127.0.0.1 with its own temporary SQLite database (browser tests, load benchmark).</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;

    private AppProcess(Process process, string dataFolder, bool ownsDataFolder, Uri baseAddress)
    {
        _process = process;
        _dataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The process started: the app itself when started from its dll, the .NET CLI when started with "dotnet run".</summary>
    public int ProcessId => _process.Id;

    /// <summary>The folder of this app's database.</summary>
    public string DataFolder => _dataFolder;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until it answers. <paramref name="arguments"/> start it: "run --no-build --project …" or a published dll.</summary>
    /// <param name="workingDirectory">The app's content root when it is started from a dll, as a deployment starts it from its folder.</param>
    /// <param name="settings">Configuration for the app as environment variables, such as the bootstrap admin.</param>
    /// <param name="dataFolder">The <see cref="DataFolder"/> of an app started earlier, to start a second app on its database; that app deletes it.</param>
    public static async Task<AppProcess> StartAsync(IEnumerable<string> arguments, string environment, string workingDirectory,
        IReadOnlyDictionary<string, string>? settings = null, string? dataFolder = null)
    {
        var ownsDataFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("dashboard-app-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments.Concat(["--urls", baseAddress.ToString()]))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={Path.Combine(dataFolder, "dashboard.db")}";
        start.Environment["Logging__LogLevel__Dashboard.Data.Queries"] = "Debug";
        start.Environment["Logging__LogLevel__Dashboard.Web.Components.Pages"] = "Debug";
        // Each line says when it was written, so an app slow to start shows which step took the time.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var app = new AppProcess(Process.Start(start)!, dataFolder, ownsDataFolder, baseAddress);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(120));
        return app;
    }

    public int CountOutputLines(string text) => Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until the app has written <paramref name="count"/> lines containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputLinesAsync(string text, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (CountOutputLines(text) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app wrote {CountOutputLines(text)} of {count} lines with '{text}' within {timeout}.");
            }
            await Task.Delay(50);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var started = DateTime.UtcNow;
        var deadline = started + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(BaseAddress);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer at {BaseAddress} within {timeout} (from {started:HH:mm:ss.fff} UTC):\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_ownsDataFolder)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
