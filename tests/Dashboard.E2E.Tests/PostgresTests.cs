using System.Text;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Dashboard.Tests.Shared;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// The app on PostgreSQL (<c>Dashboard:Database=Postgres</c>), on the server <see cref="PostgresServer"/> names: two app
/// processes on one new database, as two servers behind a proxy would run.
/// </summary>
public sealed class PostgresTests(PostgresTests.TwoServers servers, Browser browser) : IClassFixture<PostgresTests.TwoServers>
{
    static PostgresTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Servers A and B on one database of their own, which the first creates, migrates and seeds; dropped afterwards.</summary>
    public sealed class TwoServers : IAsyncLifetime
    {
        private readonly string? _server = Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable);
        private readonly string _database = PostgresServer.NewDatabaseName("e2e");
        private AppProcess? _a;
        private AppProcess? _b;

        public AppProcess A => _a ?? throw new InvalidOperationException("Server A has not started.");

        public AppProcess B => _b ?? throw new InvalidOperationException("Server B has not started.");

        public async ValueTask InitializeAsync()
        {
            if (string.IsNullOrWhiteSpace(_server))
            {
                return;
            }
            var settings = new Dictionary<string, string>
            {
                ["Dashboard__Database"] = "Postgres",
                ["ConnectionStrings__Dashboard"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString,
                ["Dashboard__SignInAttemptsPerMinute"] = "600",
            };
            // One after the other: B starts on the database A has migrated, as a second server joins a running one.
            _a = await DashboardApp.StartAsync(settings: settings);
            _b = await DashboardApp.StartAsync(settings: settings);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var app in new[] { _a, _b })
            {
                if (app is not null)
                {
                    await app.DisposeAsync();
                }
            }
            if (_a is not null)
            {
                await using var connection = new NpgsqlConnection(_server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    [Fact]
    public async Task Open_OverviewOnPostgres_SignsInAndShowsTheSeededRecords()
    {
        // Arrange
        PostgresServer.Require();
        var page = await browser.NewPageAsync(servers.A.BaseAddress);
        var errors = page.CollectErrors();

        // Act
        await page.OpenAsync("/");

        // Assert: the published figures, the sample records counted in SQL, and a healthy database behind /healthz
        await Expect(page.Locator("[data-kpi='tier-provincial'] .kpi-value")).ToHaveTextAsync("380人");
        Assert.True(await ImportTests.RecordsAsync(page) > 0);
        var health = await page.APIRequest.GetAsync("/healthz");
        Assert.Equal("Healthy", await health.TextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Import_OnServerA_OverviewOpenOnServerBCountsItWithoutReload()
    {
        // Arrange: a leader signed in on A reads 总览 on B with the same cookie (a cookie of 127.0.0.1 goes to every port),
        // which B can read because the keys that protect it are in the shared database
        PostgresServer.Require();
        var overview = await browser.NewPageAsync(servers.A.BaseAddress);
        await overview.OpenAsync(new Uri(servers.B.BaseAddress, "/").ToString());
        await Expect(overview.Locator("[data-testid='account-name']")).ToHaveTextAsync("leader");
        var before = await ImportTests.RecordsAsync(overview);
        var reloads = 0;
        overview.Load += (_, _) => reloads++;

        // Act: staff imports one new 市级工匠 on A
        var staff = await browser.NewPageAsync(servers.A.BaseAddress, userName: "staff");
        await staff.OpenAsync("/import");
        await ImportTests.UploadAsync(staff, $"{ImportTests.Header}\n两台服务器工匠,市级工匠,绵阳,装备制造,,2025,\n", Encoding.UTF8);
        await Expect(staff.Locator("[data-testid='import-preview']")).ToContainTextAsync("新增 1 条，更新 0 条");
        await staff.Locator("[data-testid='import-confirm']").ClickAsync();
        await Expect(staff.Locator("[data-testid='import-batches'] tbody tr").First.Locator("[data-testid='batch-status']")).ToHaveTextAsync("已导入");

        // Assert: B heard of it through PostgreSQL and its open page counted it, on its own
        try
        {
            await Expect(overview.Locator(ImportTests.CityCraftsmen)).ToContainTextAsync(ImportTests.Digits(before + 1), new() { Timeout = 20_000 });
        }
        catch (PlaywrightException ex)
        {
            var log = servers.B.Output.Split('\n').Where(line => line.Contains("change") || line.Contains("fail:") || line.Contains("warn:"));
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nServer B's log:\n{string.Join("\n", log.TakeLast(20))}");
        }
        Assert.Equal(0, reloads);
        // Reloaded in the reader's language, not in that of the thread that heard the notification
        await Expect(overview.Locator("[data-kpi='tier-provincial'] .kpi-value")).ToHaveTextAsync("380人");
        await overview.SaveScreenshotAsync("postgres-second-server");
    }
}
