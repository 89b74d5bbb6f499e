using Dashboard.E2E.Tests.Infrastructure;
using Dashboard.Tests.Shared;

namespace Dashboard.E2E.Tests;

/// <summary>The top-level wwwroot/ reaches the browser from "dotnet run" and from "dotnet publish" output.</summary>
public sealed class StaticAssetsTests(DashboardApp dashboard, Browser browser)
{
    private const string AdminPassword = "published-admin-passphrase";

    private static readonly string[] s_assets = ["css/app.css", "js/preferences.js", "favicon.svg"];

    [Fact]
    public async Task DotnetRun_ServesTopLevelWwwroot()
    {
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        foreach (var asset in s_assets)
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "wwwroot", asset), TestContext.Current.CancellationToken),
                await http.GetStringAsync(asset, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task DotnetPublish_OutputHoldsAndServesTopLevelWwwrootAndSeeds()
    {
        // Arrange: publish the web project as a deployment would
        var output = Directory.CreateTempSubdirectory("dashboard-publish-").FullName;
        await RunDotnetAsync("publish", Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web"), "-c", "Release", "-o", output);

        // Act: start the published app in Production, with its first admin from configuration
        await using var published = await AppProcess.StartAsync([Path.Combine(output, "Dashboard.Web.dll")], environment: "Production", workingDirectory: output,
            settings: new Dictionary<string, string> { ["Dashboard__BootstrapAdmin__UserName"] = "root", ["Dashboard__BootstrapAdmin__Password"] = AdminPassword });
        using var http = new HttpClient { BaseAddress = published.BaseAddress };

        // Assert
        foreach (var asset in s_assets)
        {
            var expected = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "wwwroot", asset), TestContext.Current.CancellationToken);
            Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(output, "wwwroot", asset), TestContext.Current.CancellationToken));
            Assert.Equal(expected, await http.GetStringAsync(asset, TestContext.Current.CancellationToken));
        }
        Assert.True(File.Exists(Path.Combine(output, "seeds", "published", "indicators.json")));
        var page = await browser.NewPageAsync(published.BaseAddress, signedIn: false);
        await page.SignInAsync("root", AdminPassword);
        Assert.Contains("380人", await page.ContentAsync());
        Directory.Delete(output, recursive: true);
    }

    private static async Task RunDotnetAsync(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{await stdout}\n{await stderr}");
    }
}
