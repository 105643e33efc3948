namespace InfluenceGraph.Server.Tests.Frontend;

/// <summary>
/// A test that fetches packages with npm: skipped, saying why, where npm is missing; never skipped under CI (CI=true),
/// where .ci/run installs it and the registry is reachable.
/// </summary>
public sealed class NpmPackageFactAttribute : FactAttribute
{
    public NpmPackageFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            return;
        if (Lint.NodeToolFactAttribute.FindOnPath("npm") is null)
            Skip = "npm is not installed; comparing the committed libraries with their npm packages needs it.";
    }
}
