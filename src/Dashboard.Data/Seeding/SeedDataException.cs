namespace Dashboard.Data.Seeding;

/// <summary>What is wrong in a seed file, in words of our own: the reader sees this, so it names no server path and no .NET type.</summary>
public enum SeedProblem
{
    Missing,
    Empty,
    InvalidValue,
    UnknownCodes,
    TotalsDisagree,
}

/// <summary>A seed problem the UI can show in either language.</summary>
/// <param name="File">Relative to the seed folder, as "published/indicators.json".</param>
/// <param name="Line">1-based, when the problem is on one line.</param>
/// <param name="Detail">Words from the seed file itself (a JSON path, codes, figures), the same in every language.</param>
public sealed record SeedFailure(string File, int? Line, SeedProblem Problem, string? Detail = null)
{
    public override string ToString()
        => $"Seed file {File}{(Line is { } line ? $" line {line}" : "")}: {Problem}{(Detail is null ? "" : $" ({Detail})")}.";
}

/// <summary>A seed file that cannot be read or that names something that does not exist. The cause, with any path or type name, stays in <see cref="Exception.InnerException"/> for the log.</summary>
public sealed class SeedDataException(SeedFailure failure, Exception? innerException = null) : Exception(failure.ToString(), innerException)
{
    public SeedFailure Failure { get; } = failure;
}
