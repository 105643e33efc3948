using InfluenceGraph.Domain.Analysis;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class LeverageAnalysisTests
{
    [Fact]
    public void Compute_OneControllingEdge_HolderRanksFirstWithHandComputedRatio()
    {
        // Reversed edge b->a. With d = 0.85 and a dangling: PR(a) = 37/57, PR(b) = 20/57, so b/a = 20/37.
        var result = LeverageAnalysis.Compute(["a", "b"], [Rel("a", "CONTROLS", "b")], Catalog);

        Assert.Equal(1.0, result["a"], 9);
        Assert.Equal(20.0 / 37.0, result["b"], 6);
    }

    [Fact]
    public void Compute_LeverageOverImportantActor_CountsMoreThanOverMinorOne()
    {
        // x controls h, which itself controls z; y controls only a leaf that controls nobody.
        var relations = new[] { Rel("x", "CONTROLS", "h"), Rel("h", "CONTROLS", "z"), Rel("y", "CONTROLS", "leaf") };
        var result = LeverageAnalysis.Compute(["x", "y", "h", "z", "leaf"], relations, Catalog);

        Assert.True(result["x"] > result["y"]);
        Assert.True(result["y"] > result["leaf"]);
        Assert.Equal(1.0, result.Values.Max(), 9);
    }

    [Fact]
    public void Compute_RelationWithoutLeverageFactor_ChangesNothing()
    {
        var without = LeverageAnalysis.Compute(["a", "b"], [], Catalog);
        var with = LeverageAnalysis.Compute(["a", "b"], [Rel("a", "ATTACKS", "b")], Catalog);

        Assert.Equal(without["a"], with["a"], 12);
        Assert.Equal(1.0, with["b"], 12);
    }

    [Fact]
    public void Compute_NoActors_ReturnsEmpty() =>
        Assert.Empty(LeverageAnalysis.Compute([], [], Catalog));

    [Fact]
    public void Pairwise_DirectPlusDiscountedTwoStep_AddsUp()
    {
        // direct a->b: 0.6 * 1; two-step a->c->b: 0.5 * (1.0 * 0.5) * (1.0 * 0.8) = 0.2.
        var relations = new[] { Rel("a", "FUNDS", "b"), Rel("a", "CONTROLS", "c", 0.5), Rel("c", "CONTROLS", "b", 0.8) };

        Assert.Equal(0.8, LeverageAnalysis.Pairwise("a", "b", relations, Catalog), 9);
        Assert.Equal(0.0, LeverageAnalysis.Pairwise("b", "a", relations, Catalog), 9);
    }
}
