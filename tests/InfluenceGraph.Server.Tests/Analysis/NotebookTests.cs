using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InfluenceGraph.Server.Tests.Analysis;

/// <summary>
/// A test that needs python3: skipped where there is none and says so; under CI (CI=true) it never skips, so a
/// missing interpreter there fails the test instead of hiding it.
/// </summary>
public sealed class Python3FactAttribute : FactAttribute
{
    public Python3FactAttribute()
    {
        if (NotebookTests.FindPython() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = "python3 is not on PATH; install it to run the notebook test.";
    }
}

/// <summary>
/// Runs the notebook's code cells in order with plain python3 against a server the test starts, so the notebook
/// cannot rot. Cells tagged "needs-pandas" are replaced by a note when pandas or matplotlib is not installed.
/// </summary>
public sealed class NotebookTests(ITestOutputHelper output)
{
    private const string NeedsPandasTag = "needs-pandas";

    public static string? FindPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3"))
            .FirstOrDefault(File.Exists);

    [Python3Fact]
    public async Task Notebook_CodeCells_RunInOrderAgainstALiveServer()
    {
        var python = FindPython() ?? throw new InvalidOperationException("python3 is not on PATH.");
        await using var factory = new InfluenceGraphFactory(kestrel: true);
        factory.StartServer();
        var baseUrl = factory.CreateClient().BaseAddress!.ToString();
        var workDir = TempDirectory.Create("influencegraph-notebook");
        try
        {
            var hasPandas = (await RunAsync(python, ["-c", "import pandas, matplotlib"], workDir, baseUrl)).ExitCode == 0;
            var script = Path.Combine(workDir, "notebook.py");
            await File.WriteAllTextAsync(script, Script(Path.Combine(RepositoryPaths.Root, "notebooks", "influencegraph.ipynb"), hasPandas));

            var (exitCode, stdout, stderr) = await RunAsync(python, [script], workDir, baseUrl);

            output.WriteLine(stdout);
            output.WriteLine(stderr);
            Assert.True(exitCode == 0, $"the notebook failed (exit {exitCode}):\n{stderr}");
            Assert.Contains("40 actors", stdout);
            Assert.Contains("United States", stdout);
            Assert.Contains("Key ally:", stdout);
            if (hasPandas)
                Assert.True(File.Exists(Path.Combine(workDir, "matrix.png")), "the matrix plot was not saved");
            else
                Assert.Contains("skipped: needs pandas and matplotlib", stdout);
        }
        finally
        {
            TempDirectory.Delete(workDir);
        }
    }

    /// <summary>The code cells as one script; a cell that needs pandas becomes a printed note when pandas is absent.</summary>
    private static string Script(string notebookPath, bool hasPandas)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(notebookPath))!;
        var script = new StringBuilder();
        var number = 0;
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            if (cell!["cell_type"]!.GetValue<string>() != "code")
                continue;
            number++;
            var tags = cell["metadata"]?["tags"]?.AsArray().Select(t => t!.GetValue<string>()) ?? [];
            var source = string.Concat(cell["source"]!.AsArray().Select(line => line!.GetValue<string>()));
            script.Append("# cell ").Append(number).Append('\n');
            if (tags.Contains(NeedsPandasTag) && !hasPandas)
                script.Append($"print('[cell {number} skipped: needs pandas and matplotlib, which are not installed]')\n\n");
            else
                script.Append(source).Append("\n\n");
        }
        return script.ToString();
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string python, string[] arguments, string workDir, string baseUrl)
    {
        var start = new ProcessStartInfo(python) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["BASE_URL"] = baseUrl;
        start.Environment["MPLBACKEND"] = "Agg";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
