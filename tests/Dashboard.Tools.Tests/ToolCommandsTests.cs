using Dashboard.Tools.Tests.Shared;

namespace Dashboard.Tools.Tests;

public sealed class ToolCommandsTests
{
    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "generate", "--database", "x.db" }, "--scale")]
    [InlineData(new[] { "generate", "--scale", "city", "--database", "x.db" }, "city")]
    [InlineData(new[] { "generate", "--scale", "province" }, "--database PATH is required")]
    [InlineData(new[] { "generate", "--scale", "province", "--database", "x.db", "--connection", "Host=db" }, "--connection goes with --provider postgres")]
    [InlineData(new[] { "generate", "--scale", "province", "--provider", "postgres" }, "--connection \"…\" is required with --provider postgres")]
    [InlineData(new[] { "generate", "--scale", "province", "--provider", "postgres", "--connection", "Host=db", "--database", "x.db" }, "--database goes with SQLite")]
    [InlineData(new[] { "generate", "--scale", "province", "--provider", "postgres", "--connection", "Host=db" }, "names no Database")]
    [InlineData(new[] { "generate", "--scale", "province", "--provider", "postgres", "--connection", "Hots=db;Database=x" }, "hots")]
    [InlineData(new[] { "generate", "--scale", "province", "--provider", "mysql", "--database", "x.db" }, "mysql")]
    [InlineData(new[] { "generate", "--scale", "seed", "--database", "x.db", "--rows", "5" }, "--rows")]
    public async Task Run_WrongArguments_ExitsTwoWithTheReasonAndUsage(string[] args, string reason)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(ToolCommands.UsageError, exitCode);
        Assert.Contains(reason, error);
        Assert.Contains("Usage: Dashboard.Tools generate --scale province|seed (--database PATH | --provider postgres --connection \"…\") [--force]", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Run_GenerateHelp_PrintsTheOptionsAndExitsZero()
    {
        var (exitCode, output, error) = await RunAsync(["generate", "--help"]);

        Assert.Equal(ToolCommands.Ok, exitCode);
        Assert.Contains("--scale <province|seed> (REQUIRED)", output);
        Assert.Contains("--force", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Run_DatabaseExistsWithoutForce_ExitsTwoAndLeavesTheFile()
    {
        // Arrange
        var path = await WriteExistingFileAsync();

        // Act
        var (exitCode, _, error) = await RunAsync(["generate", "--scale", "seed", "--database", path]);

        // Assert
        Assert.Equal(ToolCommands.UsageError, exitCode);
        Assert.Contains("Pass --force to replace it", error);
        Assert.Equal("not a database", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task Run_SeedScaleWithForce_ReplacesTheFileWithTheSeededDatabase()
    {
        // Arrange
        var path = await WriteExistingFileAsync();

        // Act: the seeds come from the tool's own output folder, as under dotnet run
        var (exitCode, output, error) = await RunAsync(["generate", "--scale", "seed", "--database", path, "--force"]);

        // Assert
        Assert.Equal(ToolCommands.Ok, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Migrated and seeded as the app does (with sample records)", output);
        Assert.Equal(10_890, (await TableChecksums.ReadAsync(path))["InnovationAchievements"].Rows);
        Assert.False(File.Exists(path + ".partial"));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static async Task<string> WriteExistingFileAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dashboard-tools-").FullName, "existing.db");
        await File.WriteAllTextAsync(path, "not a database", TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ToolCommands.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
