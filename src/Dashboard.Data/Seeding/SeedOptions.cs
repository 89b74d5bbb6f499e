namespace Dashboard.Data.Seeding;

/// <param name="SeedDirectory">The folder holding reference/, published/, records/ and sample/.</param>
/// <param name="IncludeSampleData">False starts the dashboard on published figures and named records only.</param>
public sealed record SeedOptions(string SeedDirectory, bool IncludeSampleData);
