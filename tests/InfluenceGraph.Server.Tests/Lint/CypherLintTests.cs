using System.Diagnostics;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Lint;

/// <summary>
/// Neo4j's own Cypher analyser (../shared/conformance/cypher/lint.mjs) over every Cypher text we ship or send. It lints
/// statement by statement and takes minutes on the seed (about 0.2 s of CPU per statement), hence the long limit.
/// </summary>
public sealed class CypherLintTests
{
    private static string LintScript => Path.Combine(RepositoryPaths.Shared, "conformance", "cypher", "lint.mjs");

    private static (int Exit, string Output) Lint(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(LintScript);
        foreach (var file in files)
            start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("lint.mjs did not finish within 20 minutes.");
        }
        return (process.ExitCode, output.Result + error.Result);
    }

    [NodeToolFact("cypher")]
    public void SeedScriptsHaveNoErrorsInNeo4jsAnalyser()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher");
        Assert.NotEmpty(files);

        var (exit, output) = Lint(files);

        Assert.True(exit == 0, output);
        Assert.Contains("0 error(s)", output);
    }

    [NodeToolFact("cypher")]
    public void EveryQueryTheAppSendsHasNoErrorsInNeo4jsAnalyser()
    {
        var directory = TempDirectory.Create("influencegraph-lint");
        try
        {
            var file = Path.Combine(directory, "app-queries.cypher");
            File.WriteAllText(file, string.Join("\n", GraphQueries.All.Select(q => $"// {q.Name}\n{q.Text};\n")));

            var (exit, output) = Lint([file]);

            Assert.True(exit == 0, output);
            Assert.Contains("0 error(s)", output);
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }
}
