namespace InfluenceGraph.Server.Hosting;

/// <summary>
/// Finds the folders the app serves and seeds from: a configured path wins; otherwise the repository's own folder
/// (found by walking up to the folder holding InfluenceGraph.sln, so edits show without a rebuild); otherwise the
/// copy beside the build output (a published app).
/// </summary>
public static class ContentPaths
{
    public const string SolutionFile = "InfluenceGraph.sln";

    public static string WebRoot(IConfiguration configuration) =>
        Resolve(configuration[$"{ExplorerOptions.Section}:{nameof(ExplorerOptions.WebRoot)}"], "wwwroot");

    public static string SeedDirectory(IConfiguration configuration) =>
        Resolve(configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.SeedDir)}"], "cypher");

    /// <summary>The folder holding InfluenceGraph.sln above <paramref name="start"/>, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        return null;
    }

    private static string Resolve(string? configured, string folder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var root = FindRepositoryRoot(start);
            if (root is not null && Directory.Exists(Path.Combine(root, folder)))
                return Path.Combine(root, folder);
        }
        return Path.Combine(AppContext.BaseDirectory, folder);
    }
}
