using InfluenceGraph.Cypher.Tck.Runner;

namespace InfluenceGraph.Cypher.Tests.Tck;

/// <summary>The openCypher TCK scenarios given to the project (../shared/conformance/tck), run by the TCK runner.</summary>
public sealed class TckSuiteTests
{
    private const int MinimumPassing = 900;

    [Fact]
    public void GivenFeatures_RunWithoutUnexpectedFailures()
    {
        var features = Locations.Features(null);
        Assert.True(features is not null && Directory.Exists(features), $"The TCK feature folder is missing: '{features}' (set {Locations.FeaturesVariable})");
        var report = TckSuite.Run(features!, Locations.Graphs(features!), ExpectedFailures.Embedded());

        var unexpected = report.UnexpectedFailures;
        Assert.True(unexpected.Count == 0,
            $"{unexpected.Count} scenarios failed that are not on expected-failures.tsv:\n"
            + string.Join("\n", unexpected.Select(f => $"{f.File} {f.Scenario}: {f.Reason}")));
        Assert.True(report.Passed >= MinimumPassing, $"Only {report.Passed} scenarios passed; at least {MinimumPassing} should");
    }

    [Fact]
    public void ExpectedFailureList_EveryEntryStillFails()
    {
        var features = Locations.Features(null)!;
        var report = TckSuite.Run(features, Locations.Graphs(features), ExpectedFailures.Embedded());
        Assert.True(report.UnexpectedPasses.Count == 0,
            "Listed as expected failures but passing (remove them from expected-failures.tsv):\n"
            + string.Join("\n", report.UnexpectedPasses.Select(p => $"{p.File} {p.Scenario}")));
    }

    [Fact]
    public void ExpectedFailures_EntryWithoutReason_IsRejected() =>
        Assert.Throws<FormatException>(() => ExpectedFailures.Parse("Match1.feature\t[1] Some scenario\t \n"));

    [Fact]
    public void ExpectedFailures_EntryWithReason_IsListed()
    {
        var list = ExpectedFailures.Parse("# comment\nMatch1.feature\t[1] Some scenario\tneeds CALL\n");
        Assert.True(list.Contains("Match1.feature", "[1] Some scenario"));
        Assert.Equal("needs CALL", list.ReasonFor("Match1.feature", "[1] Some scenario"));
    }
}
