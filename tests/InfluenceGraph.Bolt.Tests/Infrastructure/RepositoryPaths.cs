namespace InfluenceGraph.Bolt.Tests.Infrastructure;

/// <summary>The repository the tests run from, and the shared conformance kit beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>`../shared/conformance/bolt` beside the repository.</summary>
    public static string BoltKit => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance", "bolt"));

    /// <summary>The transcripts the fake server replays, copied next to the test assembly.</summary>
    public static string Scripts => Path.Combine(AppContext.BaseDirectory, "Scripts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the repository: no InfluenceGraph.sln above " + AppContext.BaseDirectory);
    }
}
