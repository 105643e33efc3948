namespace InfluenceGraph.Server.Tests.Lint;

/// <summary>
/// A test that runs a conformance kit under node: skipped, saying why, where node or the kit's packages are
/// missing; never skipped under CI (CI=true), where .ci/run installs both.
/// </summary>
public sealed class NodeToolFactAttribute : FactAttribute
{
    public NodeToolFactAttribute(string kit)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            return;
        var kitDirectory = Path.Combine(Infrastructure.RepositoryPaths.Shared, "conformance", kit);
        if (FindOnPath("node") is null)
            Skip = "node is not installed; the conformance kit needs it.";
        else if (!Directory.Exists(Path.Combine(kitDirectory, "node_modules")))
            Skip = $"The {kit} conformance kit's packages are not installed (run npm ci in ../shared/conformance/{kit}).";
    }

    public static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
