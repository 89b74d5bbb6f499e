using System.Data.Common;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static Dashboard.Tests.Shared.Data.ListRecords;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// 工匠名单's pages as SQLite plans them: the statement that picks a page's ids walks an index in the list's order and
/// sorts nothing, so a page at province size costs its 25 rows, not its filter's thousands. SQLite plans without
/// statistics here as in the app, so eight craftsmen are planned as a province's are; PostgreSQL's plans follow its
/// statistics, and the benchmark times those (docs/performance.md).
/// </summary>
public sealed class CraftsmanListPlanTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, DashboardFilter, int> Pages => new()
    {
        { "first page", DashboardFilter.WholeProvince, 0 },
        { "last page, read from the end", DashboardFilter.WholeProvince, 3 },
        { "a tier", new DashboardFilter { Tier = "city" }, 1 },
        { "a 市州", new DashboardFilter { Regions = [Chengdu] }, 2 },
        { "a year range", new DashboardFilter { FromYear = 2021, ToYear = 2022 }, 1 },
        { "a 市州 and a tier", new DashboardFilter { Regions = [Chengdu], Tier = "city" }, 0 },
        { "an industry", new DashboardFilter { Industries = [Railway] }, 1 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ListAsync_Page_ItsIdsWalkAnIndexWithoutASort(string page, DashboardFilter filter, int number)
    {
        // Arrange
        await using var database = await ListFixture.CreateAsync(Token);
        var statements = new StatementLog();
        var options = new DbContextOptionsBuilder<DashboardDbContext>(database.Options).AddInterceptors(statements).Options;

        // Act
        var result = await new CraftsmanListQueries(new WholeDatabaseDbContextFactory(options)).ListAsync(filter, new ListRequest(number, 2), Token);

        // Assert
        Assert.NotEmpty(result.Items);
        var pageIds = Assert.Single(statements.Commands, c => c.Contains("ORDER BY", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        await using var db = new DashboardDbContext(options);
        var plan = await PlanAsync(db, pageIds, statements.ParametersOf(pageIds));
        Assert.True(!plan.Contains("TEMP B-TREE", StringComparison.Ordinal) && plan.Contains("COVERING INDEX IX_Craftsmen_", StringComparison.Ordinal),
            $"{page}: {plan}");
    }

    private static async Task<string> PlanAsync(DashboardDbContext db, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
            command.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            lines.Add(reader.GetString(3));
        }
        return string.Join("\n", lines);
    }

    /// <summary>Every statement the list ran, with its parameters.</summary>
    private sealed class StatementLog : DbCommandInterceptor
    {
        private readonly Dictionary<string, IReadOnlyList<(string, object?)>> _parameters = [];

        public List<string> Commands { get; } = [];

        public IReadOnlyList<(string Name, object? Value)> ParametersOf(string sql) => _parameters[sql];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            _parameters[command.CommandText] = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
            return ValueTask.FromResult(result);
        }
    }
}
