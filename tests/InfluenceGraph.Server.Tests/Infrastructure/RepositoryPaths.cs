namespace InfluenceGraph.Server.Tests.Infrastructure;

/// <summary>The repository the tests run from, and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>`../shared` beside the repository: the seed articles and the conformance kits.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the repository: no InfluenceGraph.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>Temporary directories that tests create and remove.</summary>
public static class TempDirectory
{
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a host that is shutting down; the OS cleans the temp folder eventually.
        }
    }
}
