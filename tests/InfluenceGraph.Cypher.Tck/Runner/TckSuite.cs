using InfluenceGraph.Cypher.Tck.Gherkin;

namespace InfluenceGraph.Cypher.Tck.Runner;

public enum Outcome { Passed, Failed, Skipped }

public sealed record ScenarioResult(string File, string Scenario, Outcome Outcome, string? Reason, bool ExpectedToFail);

public sealed record FeatureResult(string File, IReadOnlyList<ScenarioResult> Scenarios)
{
    public int Passed => Scenarios.Count(s => s.Outcome == Outcome.Passed);
    public int Failed => Scenarios.Count(s => s.Outcome == Outcome.Failed);
    public int Skipped => Scenarios.Count(s => s.Outcome == Outcome.Skipped);
}

/// <summary>Everything one run found, with the views the report and the test need.</summary>
public sealed record TckReport(IReadOnlyList<FeatureResult> Features)
{
    public IEnumerable<ScenarioResult> All => Features.SelectMany(f => f.Scenarios);
    public int Passed => All.Count(s => s.Outcome == Outcome.Passed);
    public int Failed => All.Count(s => s.Outcome == Outcome.Failed);
    public int Skipped => All.Count(s => s.Outcome == Outcome.Skipped);
    public IReadOnlyList<ScenarioResult> UnexpectedFailures => All.Where(s => s.Outcome == Outcome.Failed && !s.ExpectedToFail).ToList();
    public IReadOnlyList<ScenarioResult> ExpectedFailures => All.Where(s => s.Outcome == Outcome.Failed && s.ExpectedToFail).ToList();
    public IReadOnlyList<ScenarioResult> UnexpectedPasses => All.Where(s => s.Outcome == Outcome.Passed && s.ExpectedToFail).ToList();
}

/// <summary>Runs every .feature file under a folder, each scenario on its own fresh engine.</summary>
public static class TckSuite
{
    /// <summary>A scenario that runs longer than this counts as failed (the engine is not interrupted, only abandoned).</summary>
    public static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(60);

    public static TckReport Run(string featuresFolder, string? graphsFolder, ExpectedFailures expected)
    {
        var runner = new ScenarioRunner(graphsFolder);
        var features = new List<FeatureResult>();
        var files = Directory.GetFiles(featuresFolder, "*.feature", SearchOption.AllDirectories)
            .OrderBy(f => System.IO.Path.GetRelativePath(featuresFolder, f), StringComparer.Ordinal);
        foreach (var path in files)
        {
            var feature = FeatureReader.ReadFile(path);
            var results = feature.Scenarios.Select(s => RunOne(runner, feature.FileName, s, expected)).ToList();
            features.Add(new FeatureResult(feature.FileName, results));
        }
        return new TckReport(features);
    }

    private static ScenarioResult RunOne(ScenarioRunner runner, string file, GherkinScenario scenario, ExpectedFailures expected)
    {
        var listed = expected.Contains(file, scenario.Name);
        // The tck-api skips @ignore scenarios (Graph5 [2]); so does this runner.
        if (scenario.Tags.Contains("@ignore")) return new ScenarioResult(file, scenario.Name, Outcome.Skipped, "tagged @ignore", listed);
        string? reason;
        var task = Task.Run(() =>
        {
            try
            {
                return runner.Run(scenario);
            }
            catch (Exception e)
            {
                return $"runner error: {e.GetType().Name}: {e.Message}";
            }
        });
        reason = task.Wait(ScenarioTimeout) ? task.Result : $"timed out after {ScenarioTimeout.TotalSeconds:0} s";
        return new ScenarioResult(file, scenario.Name, reason is null ? Outcome.Passed : Outcome.Failed, reason, listed);
    }
}
