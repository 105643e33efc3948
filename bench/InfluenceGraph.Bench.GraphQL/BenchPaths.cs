namespace InfluenceGraph.Bench.GraphQL;

/// <summary>Where the repository and the shared query files are: found by walking up to InfluenceGraph.sln.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string Queries => Path.Combine(Root, "bench", "graphql", "queries");

    public static string QueryText(string name) => File.ReadAllText(Path.Combine(Queries, name + ".graphql"));

    public static string VariablesJson(string name) => File.ReadAllText(Path.Combine(Queries, name + ".variables.json"));

    /// <summary>Which data set a query runs on.</summary>
    public static string DataFor(string query) => query == "graph" ? "seed" : "synthetic";

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark inside the repository (no InfluenceGraph.sln above this folder).");
    }
}
