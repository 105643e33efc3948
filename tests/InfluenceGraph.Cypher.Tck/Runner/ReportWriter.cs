namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>The runner's text report; its last line is always "N passed, N failed, N skipped".</summary>
public static class ReportWriter
{
    public static void Write(TckReport report, TextWriter output)
    {
        foreach (var feature in report.Features)
            output.WriteLine($"{feature.File}: {feature.Passed} passed, {feature.Failed} failed{(feature.Skipped > 0 ? $", {feature.Skipped} skipped" : "")}");
        var unexpected = report.UnexpectedFailures;
        if (unexpected.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Unexpected failures ({unexpected.Count}):");
            foreach (var f in unexpected) output.WriteLine($"  {f.File}\t{f.Scenario}\t{OneLine(f.Reason)}");
        }
        var passes = report.UnexpectedPasses;
        if (passes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Listed as expected failures but passing ({passes.Count}):");
            foreach (var p in passes) output.WriteLine($"  {p.File}\t{p.Scenario}\tunexpected pass: remove from the list");
        }
        output.WriteLine();
        output.WriteLine($"{report.ExpectedFailures.Count} of the {report.Failed} failures are on the expected-failure list; {unexpected.Count} are not");
        output.WriteLine($"{report.Passed} passed, {report.Failed} failed, {report.Skipped} skipped");
    }

    private static string OneLine(string? text) => (text ?? "").Replace("\r", " ").Replace("\n", " ");
}
