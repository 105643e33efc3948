using InfluenceGraph.Cypher.Tck.Runner;

// Runs openCypher TCK feature files against the embedded engine and prints one line per file, the failures that
// are not on the expected-failure list, listed scenarios that now pass, and "N passed, N failed, N skipped" last;
// it exits non-zero on either an unlisted failure or a listed scenario that passes.
// Usage: dotnet run --project tests/InfluenceGraph.Cypher.Tck [-- FEATURES_FOLDER]   (or TCK_FEATURES=...)
var features = Locations.Features(args.FirstOrDefault());
if (features is null || !Directory.Exists(features))
{
    Console.Error.WriteLine($"No feature folder: pass it as the first argument or set {Locations.FeaturesVariable} (tried '{features}')");
    return 2;
}
var report = TckSuite.Run(features, Locations.Graphs(features), ExpectedFailures.Embedded());
ReportWriter.Write(report, Console.Out);
return report.UnexpectedFailures.Count == 0 && report.UnexpectedPasses.Count == 0 ? 0 : 1;
