namespace Dashboard.Tools.Generation;

public static class DatasetScale
{
    public const string Province = "province";
    public const string Seed = "seed";

    /// <summary>The province scale in full; tests ask for a fraction of it.</summary>
    public const double ProvinceFactor = 1.0;
}

/// <param name="Target">The database to write; replaced if it exists.</param>
/// <param name="ProvinceFactor">Null for the app's own seeding; otherwise the share of the province scale (1 in full).</param>
/// <param name="SeedDirectory">The seeds/ folder the app seeds from.</param>
public sealed record GenerateRequest(GenerationTarget Target, double? ProvinceFactor, string SeedDirectory);
