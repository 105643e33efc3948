using InfluenceGraph.Domain.Analysis;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class ExplanationTests
{
    [Fact]
    public void LeverageBreakdown_SingleControl_AmountIsRelationsShareOfRank()
    {
        // a CONTROLS b (f = 1, w = 1). PageRank on the reversed edge b -> a, n = 2, d = 0.85; a has no outgoing
        // reversed edge, so its rank is spread evenly. With ra + rb = 1:
        //   rb = 0.075 + 0.425 ra  =>  rb = 0.5 / 1.425, ra = 0.925 / 1.425.
        // The relation earns a: 0.85 * rb * 1/1 = 0.425 / 1.425; over the top rank ra: 0.425 / 0.925 = 17/37.
        var control = Rel("a", "CONTROLS", "b");

        var breakdown = LeverageAnalysis.Breakdown("a", ["a", "b"], [control], Catalog);

        var only = Assert.Single(breakdown);
        Assert.Same(control, only.Relation);
        Assert.Equal("b", only.Over);
        Assert.Equal(17.0 / 37, only.Amount, 6);
    }

    [Fact]
    public void PairwisePaths_DirectAndChain_AmountsSumToPairwise()
    {
        // Direct a -> b: 1.0 * 1 = 1. Chain a -FUNDS-> c -CONTROLS(w 0.5)-> b: 0.5 * (0.6 * 1) * (1.0 * 0.5) = 0.15.
        var relations = new[] { Rel("a", "CONTROLS", "b"), Rel("a", "FUNDS", "c"), Rel("c", "CONTROLS", "b", 0.5) };

        var paths = LeverageAnalysis.PairwisePaths("a", "b", relations, Catalog);

        Assert.Equal([1.0, 0.15], paths.Select(p => Math.Round(p.Amount, 9)));
        Assert.Equal(["a", "c", "b"], paths[1].Actors);
        Assert.Equal(1.15, LeverageAnalysis.Pairwise("a", "b", relations, Catalog), 9);
    }

    [Fact]
    public void AlignmentBreakdown_TwoTies_PullsSumToAlignment()
    {
        // x SUPPORTS p (w 3, p = +1) and SUPPORTS n (w 1, n = -1): x = (3 * 1 + 1 * -1) / 4 = 0.5,
        // made of pulls 3/4 = 0.75 towards p and -1/4 = -0.25 towards n.
        var relations = new[] { Rel("x", "SUPPORTS", "p", 3), Rel("x", "SUPPORTS", "n", 1) };
        string[] ids = ["p", "n", "x"];

        var pulls = AlignmentAnalysis.Breakdown("x", ids, relations, Catalog, "p", "n");

        Assert.Equal([0.75, -0.25], pulls.Select(p => Math.Round(p.Pull, 9)));
        Assert.Equal(["p", "n"], pulls.Select(p => p.Neighbour));
        Assert.Equal(0.5, AlignmentAnalysis.Compute(ids, relations, Catalog, "p", "n")["x"]!.Value, 9);
    }

    [Fact]
    public void AlignmentBreakdown_Pole_HasNoPulls()
    {
        Assert.Empty(AlignmentAnalysis.Breakdown("p", ["p", "n"], [Rel("p", "ATTACKS", "n")], Catalog, "p", "n"));
    }
}
