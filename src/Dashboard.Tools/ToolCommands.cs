using System.CommandLine;
using System.CommandLine.Invocation;
using Dashboard.Tools.Generation;
using Npgsql;

namespace Dashboard.Tools;

/// <summary>
/// The tool's command line: <c>generate --scale province|seed (--database PATH | --provider postgres --connection "…") [--force]</c>. A usage error exits 2
/// with the reason and the usage; a seed file the seeder refuses exits 1.
/// </summary>
public static class ToolCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private const string Usage = "Usage: Dashboard.Tools generate --scale province|seed (--database PATH | --provider postgres --connection \"…\") [--force]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parsed = new RootCommand("工匠数据驾驶舱 tools.") { Generate(output, error) }.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine exits 1 on a parse error; a usage error is 2 here, with the usage instead of the full help.
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }
            await error.WriteLineAsync(Usage);
            return UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static Command Generate(TextWriter output, TextWriter error)
    {
        var scale = new Option<string>("--scale")
        {
            Description = "province: the province-scale dataset; seed: exactly what the app seeds on its first start.",
            Required = true,
        };
        scale.AcceptOnlyFromAmong(DatasetScale.Province, DatasetScale.Seed);
        var database = new Option<FileInfo>("--database") { Description = "The SQLite file to write." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var provider = new Option<string>("--provider") { Description = "sqlite (the default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var connection = new Option<string>("--connection")
        {
            Description = "The Npgsql connection string of the database to write (with --provider postgres); its user needs CREATEDB.",
        };

        var generate = new Command("generate", "Write a deterministic dataset, all sample records flagged, into a new database.")
        {
            scale, database, force, provider, connection,
        };
        generate.Validators.Add(result =>
        {
            if (result.GetValue(provider) == "postgres")
            {
                if (result.GetValue(connection) is null)
                {
                    result.AddError("--connection \"…\" is required with --provider postgres: the Npgsql connection string of the database to write.");
                }
                else if (result.GetValue(database) is not null)
                {
                    result.AddError("--database goes with SQLite; with --provider postgres the connection string names the database.");
                }
                else if (ConnectionStringProblem(result.GetValue(connection)!) is { } problem)
                {
                    result.AddError($"--connection: {problem}");
                }
            }
            else if (result.GetValue(database) is null)
            {
                result.AddError("--database PATH is required: the SQLite file to write.");
            }
            else if (result.GetValue(connection) is not null)
            {
                result.AddError("--connection goes with --provider postgres; for SQLite use --database PATH.");
            }
        });

        generate.SetAction(async (parsed, token) =>
        {
            GenerationTarget target = parsed.GetValue(provider) == "postgres"
                ? new PostgresDatabaseTarget(parsed.GetRequiredValue(connection))
                : new SqliteFileTarget(parsed.GetRequiredValue(database).FullName);
            if (await target.ExistsAsync(token) && !parsed.GetValue(force))
            {
                await error.WriteLineAsync($"{target.Name} exists. Pass --force to replace it.");
                return UsageError;
            }

            var request = new GenerateRequest(
                target,
                parsed.GetRequiredValue(scale) == DatasetScale.Province ? DatasetScale.ProvinceFactor : null,
                SeedDirectory: Path.Combine(AppContext.BaseDirectory, "seeds"));
            var result = await new DatasetGenerator(output).GenerateAsync(request, token);
            if (result.SeedFailure is { } failure)
            {
                await error.WriteLineAsync($"Seeding stopped: {failure}");
                return Failed;
            }
            return Ok;
        });

        return generate;
    }

    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            return string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Database) ? "the connection string names no Database, the database to write." : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
