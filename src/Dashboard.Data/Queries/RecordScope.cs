namespace Dashboard.Data.Queries;

/// <summary>
/// The records a reader may see: those of one 市州 for an account bound to it, otherwise the whole province.
/// Published figures and reference lists are public and lie outside any scope.
/// </summary>
public sealed record RecordScope(string? RegionCode)
{
    public static RecordScope Province { get; } = new((string?)null);

    public bool IsBound => RegionCode is not null;
}

/// <summary>Whose records the current reader may see; the web app answers from the signed-in account.</summary>
public interface IRecordScopeSource
{
    ValueTask<RecordScope> GetScopeAsync(CancellationToken cancellationToken = default);
}
