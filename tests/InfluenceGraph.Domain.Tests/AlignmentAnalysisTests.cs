using InfluenceGraph.Domain.Analysis;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class AlignmentAnalysisTests
{
    private static IReadOnlyDictionary<string, double?> Align(string[] actors, params InfluenceGraph.Domain.Model.Relation[] relations) =>
        AlignmentAnalysis.Compute(actors, relations, Catalog, "p", "n");

    [Fact]
    public void Compute_SupportsPositiveAndAttacksNegative_IsFullyAligned()
    {
        // x: (+1 * 1 * +1 + -1 * 1 * -1) / 2 = 1; y follows x.
        var result = Align(["p", "n", "x", "y"], Rel("x", "SUPPORTS", "p"), Rel("x", "ATTACKS", "n"), Rel("y", "SUPPORTS", "x"));

        Assert.Equal(1.0, result["p"]);
        Assert.Equal(-1.0, result["n"]);
        Assert.Equal(1.0, result["x"]!.Value, 9);
        Assert.Equal(1.0, result["y"]!.Value, 9);
    }

    [Fact]
    public void Compute_WeightedTiesToBothPoles_IsWeightedMean()
    {
        // (3 * +1 + 1 * -1) / 4 = 0.5
        var result = Align(["p", "n", "a"], Rel("a", "SUPPORTS", "p", 0.75), Rel("a", "SUPPORTS", "n", 0.25));

        Assert.Equal(0.5, result["a"]!.Value, 9);
    }

    [Fact]
    public void Compute_EqualTiesToBothPoles_IsZeroNotNull()
    {
        var result = Align(["p", "n", "z"], Rel("z", "SUPPORTS", "p"), Rel("z", "SUPPORTS", "n"));

        Assert.Equal(0.0, result["z"]!.Value, 9);
    }

    [Fact]
    public void Compute_NoSignedPathToAPole_IsNull()
    {
        // w is linked only by a neutral relation, v not at all.
        var result = Align(["p", "n", "w", "v"], Rel("w", "MENTIONS", "p"));

        Assert.Null(result["w"]);
        Assert.Null(result["v"]);
    }

    [Fact]
    public void Compute_EnemyOfAnEnemy_LeansToTheOtherSide()
    {
        // e attacks n (so e = +1); f attacks e (so f = -1).
        var result = Align(["p", "n", "e", "f"], Rel("e", "ATTACKS", "n"), Rel("f", "ATTACKS", "e"));

        Assert.Equal(1.0, result["e"]!.Value, 9);
        Assert.Equal(-1.0, result["f"]!.Value, 9);
    }

    [Fact]
    public void Compute_ChainBetweenPoles_ConvergesToLinearInterpolation()
    {
        // p - a - b - n, all cooperative with equal weights: a = (1 + b)/2, b = (a - 1)/2 => a = 1/3, b = -1/3.
        var result = Align(["p", "n", "a", "b"], Rel("p", "SUPPORTS", "a"), Rel("a", "SUPPORTS", "b"), Rel("b", "SUPPORTS", "n"));

        Assert.Equal(1.0 / 3, result["a"]!.Value, 9);
        Assert.Equal(-1.0 / 3, result["b"]!.Value, 9);
    }
}
