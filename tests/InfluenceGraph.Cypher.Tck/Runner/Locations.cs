namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>Where the feature files and named graphs are, when the caller does not say.</summary>
public static class Locations
{
    public const string FeaturesVariable = "TCK_FEATURES";
    public const string GraphsVariable = "TCK_GRAPHS";

    /// <summary>The repository root: the folder holding InfluenceGraph.sln, above the working directory or this assembly.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The TCK kit given to the project: ../shared/conformance/tck beside the repository.</summary>
    public static string? SharedTck() =>
        RepositoryRoot() is { } root ? System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "conformance", "tck")) : null;

    /// <summary>The argument, else TCK_FEATURES, else the kit's features folder.</summary>
    public static string? Features(string? argument)
    {
        if (!string.IsNullOrEmpty(argument)) return argument;
        if (Environment.GetEnvironmentVariable(FeaturesVariable) is { Length: > 0 } fromEnv) return fromEnv;
        return SharedTck() is { } tck ? System.IO.Path.Combine(tck, "features") : null;
    }

    /// <summary>TCK_GRAPHS, else a graphs folder beside the features folder, else the kit's graphs folder.</summary>
    public static string? Graphs(string featuresFolder)
    {
        if (Environment.GetEnvironmentVariable(GraphsVariable) is { Length: > 0 } fromEnv) return fromEnv;
        var beside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(featuresFolder).TrimEnd('/', '\\')) ?? "", "graphs");
        if (Directory.Exists(beside)) return beside;
        return SharedTck() is { } tck ? System.IO.Path.Combine(tck, "graphs") : null;
    }
}
