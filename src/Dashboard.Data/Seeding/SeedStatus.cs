namespace Dashboard.Data.Seeding;

/// <summary>What the last start-up seeding reported, so the UI can say why data is missing instead of showing empty pages.</summary>
public sealed class SeedStatus
{
    public SeedFailure? Failure { get; private set; }

    internal void Fail(SeedFailure failure) => Failure = failure;
}
