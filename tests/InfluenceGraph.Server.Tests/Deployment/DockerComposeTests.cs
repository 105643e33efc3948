using System.Diagnostics;
using InfluenceGraph.Server.Tests.Infrastructure;
using InfluenceGraph.Server.Tests.Lint;

namespace InfluenceGraph.Server.Tests.Deployment;

/// <summary>
/// docker-compose.yml checked by Debian's docker-compose, which validates the file against the Compose
/// specification's JSON schema (no Docker engine runs here, so nothing is started).
/// </summary>
public sealed class DockerComposeTests
{
    public sealed class DockerComposeFactAttribute : FactAttribute
    {
        public DockerComposeFactAttribute()
        {
            if (NodeToolFactAttribute.FindOnPath("docker-compose") is null
                && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Skip = "docker-compose is not installed (apt-get install -y docker-compose); .ci/run installs it.";
        }
    }

    private static (int Exit, string Output) Compose(params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["NEO4J_PASSWORD"] = "compose-check";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return (process.ExitCode, output.Result + error.Result);
    }

    [DockerComposeFact]
    public void ComposeFileValidates()
    {
        var (exit, output) = Compose("-f", "docker-compose.yml", "config", "-q");

        Assert.True(exit == 0, output);
    }

    [DockerComposeFact]
    public void AppWaitsForAHealthyNeo4jAndUsesIt()
    {
        var (exit, output) = Compose("-f", "docker-compose.yml", "config");

        Assert.True(exit == 0, output);
        Assert.Contains("condition: service_healthy", output);
        Assert.Contains("image: neo4j:5.26", output);
        Assert.Contains("Store__Provider: Neo4j", output);
        Assert.Contains("NEO4J_PASSWORD: compose-check", output);
        Assert.Contains("published: 8080", output);
    }
}
