namespace Dashboard.Tests.Shared;

/// <summary>Paths in the checkout the tests run from, found by walking up to Dashboard.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The published-figures list kept beside the repository (../shared/source/facts.md).</summary>
    public static string FactsFile => Path.GetFullPath(Path.Combine(Root, "..", "shared", "source", "facts.md"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Dashboard.sln above {AppContext.BaseDirectory}.");
    }
}
