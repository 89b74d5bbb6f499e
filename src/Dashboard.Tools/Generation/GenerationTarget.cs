using Dashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tools.Generation;

/// <summary>
/// Where the generator writes, and what differs there between the providers. The database is built apart from the
/// target and put in its place only when complete, so a failed or stopped run leaves the target as it was.
/// </summary>
public abstract class GenerationTarget
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The file or database, as the tool's messages name it.</summary>
    public abstract string Name { get; }

    /// <summary>The database being built, until <see cref="CompleteAsync"/> puts it in place.</summary>
    public abstract string PartialConnectionString { get; }

    public abstract Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Makes a new, empty database to build in, throwing away one a stopped run left.</summary>
    public abstract Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the target with the database built; returns its name and size, for the report.</summary>
    public abstract Task<string> CompleteAsync(CancellationToken cancellationToken);

    /// <summary>Throws away what is left of the database being built.</summary>
    public abstract Task DiscardAsync();

    /// <summary>Run on the bulk writer's connection before its transaction: settings for a database nobody else uses yet.</summary>
    public abstract string? BeforeBulkSql { get; }

    /// <summary>Run after the bulk writer's transaction commits.</summary>
    public abstract string AfterBulkSql { get; }

    /// <summary>
    /// A query for the secondary indexes of <paramref name="tables"/> (the indexes behind primary keys and unique
    /// constraints stay), each as the statements that drop it (<c>Drop</c>) and create it (<c>Create</c>): the bulk
    /// writer drops them first and builds them again afterwards.
    /// </summary>
    public abstract string SecondaryIndexesSql(IEnumerable<string> tables);

    /// <summary>
    /// A query for the triggers on <paramref name="tables"/> (those behind foreign keys stay), as <c>Drop</c> and
    /// <c>Create</c> statements: the summary cells are counted once after the bulk write instead of moved row by row.
    /// </summary>
    public abstract string TriggersSql(IEnumerable<string> tables);

    public DashboardDbContext CreateDbContext() => new(new DbContextOptionsBuilder<DashboardDbContext>().Use(Provider, PartialConnectionString).Options);

    /// <summary>SQL string literals of table names from the model.</summary>
    protected static string Literals(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
