using InfluenceGraph.Cypher.Tck.Gherkin;

namespace InfluenceGraph.Cypher.Tests.Tck;

public sealed class FeatureReaderTests
{
    private const string Feature = """
        #encoding: utf-8
        # licence header
        Feature: Demo - a feature

          Background:
            Given an empty graph
            And having executed:
              \"\"\"
              CREATE (:Base)
              \"\"\"

          @ignore
          Scenario: [1] Plain
            When executing query:
              \"\"\"
              MATCH (n)
                RETURN n
              \"\"\"
            # a comment inside a scenario
            Then the result should be, in any order:
              | n          |
              | 'a\|b'     |
              | 'x\\y'     |
            And no side effects

          Scenario Outline: [2] Outline <what>
            When executing query:
              \"\"\"
              RETURN <value> AS v
              \"\"\"
            Then the result should be, in any order:
              | v       |
              | <value> |

            Examples:
              | what | value |
              | one  | 1     |

            Examples:
              | what | value |
              | two  | 2     |
              | str  | 'x'   |
        """;

    private static GherkinFeature Read(string text) => FeatureReader.Read(text.Replace("\\\"", "\""), "Demo.feature");

    [Fact]
    public void Read_Outline_ExpandsEveryExamplesRowOfEveryBlock()
    {
        var feature = Read(Feature);
        Assert.Equal("Demo - a feature", feature.Name);
        Assert.Equal(
            ["[1] Plain", "[2] Outline one (example 1)", "[2] Outline two (example 2)", "[2] Outline str (example 3)"],
            feature.Scenarios.Select(s => s.Name));
        var str = feature.Scenarios[3];
        Assert.Equal("RETURN 'x' AS v", str.Steps.Single(s => s.Text == "executing query:").DocString);
        Assert.Equal("'x'", str.Steps.Last().Table!.Rows[1][0]);
    }

    [Fact]
    public void Read_Background_PrecedesEveryScenario()
    {
        var feature = Read(Feature);
        Assert.All(feature.Scenarios, s => Assert.Equal(["an empty graph", "having executed:"], s.Steps.Take(2).Select(x => x.Text)));
        Assert.Equal("CREATE (:Base)", feature.Scenarios[0].Steps[1].DocString);
    }

    [Fact]
    public void Read_DocString_KeepsIndentationBeyondTheDelimiter()
    {
        var query = Read(Feature).Scenarios[0].Steps.Single(s => s.Text == "executing query:").DocString;
        Assert.Equal("MATCH (n)\n  RETURN n", query);
    }

    [Fact]
    public void Read_TableCells_AreUnescaped()
    {
        var rows = Read(Feature).Scenarios[0].Steps.Single(s => s.Table is not null && s.Keyword == "Then").Table!.Rows;
        Assert.Equal(["n"], rows[0]);
        Assert.Equal("'a|b'", rows[1][0]);
        Assert.Equal("'x\\y'", rows[2][0]);
    }

    [Fact]
    public void Read_Tags_ApplyToTheirScenario()
    {
        var feature = Read(Feature);
        Assert.Contains("@ignore", feature.Scenarios[0].Tags);
        Assert.DoesNotContain("@ignore", feature.Scenarios[1].Tags);
    }

    [Fact]
    public void Read_CrlfFile_ReadsLikeLf()
    {
        var lf = Read(Feature);
        var crlf = Read(Feature.Replace("\n", "\r\n"));
        Assert.Equal(lf.Scenarios.Select(s => string.Join("/", s.Steps.Select(x => x.Text + x.DocString))),
            crlf.Scenarios.Select(s => string.Join("/", s.Steps.Select(x => x.Text + x.DocString))));
    }

    [Theory]
    [InlineData(@"| a | b |", new[] { "a", "b" })]
    [InlineData(@"| 'a\\\\b' |", new[] { @"'a\\b'" })]
    [InlineData(@"| x\ny |", new[] { "x\ny" })]
    [InlineData(@"|  |", new[] { "" })]
    public void Cells_GherkinEscapes_AreApplied(string row, string[] expected) => Assert.Equal(expected, FeatureReader.Cells(row));
}
