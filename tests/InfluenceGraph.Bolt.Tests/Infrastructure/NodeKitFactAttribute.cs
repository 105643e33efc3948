namespace InfluenceGraph.Bolt.Tests.Infrastructure;

/// <summary>
/// A test that runs the Bolt conformance kit under node: skipped, saying why, where node or the kit's packages are
/// missing; never skipped under CI (CI=true), where both must be present.
/// </summary>
public sealed class NodeKitFactAttribute : FactAttribute
{
    public NodeKitFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            return;
        if (FindOnPath("node") is null)
            Skip = "node is not installed; the PackStream oracle (the JS driver's packer) needs it.";
        else if (!Directory.Exists(Path.Combine(RepositoryPaths.BoltKit, "node_modules")))
            Skip = "The bolt conformance kit's packages are not installed (run npm ci in ../shared/conformance/bolt).";
    }

    public static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Select(dir => System.IO.Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
