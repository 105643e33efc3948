using InfluenceGraph.Domain.Analysis;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class StructureTests
{
    [Fact]
    public void Blocs_BalancedTriangle_SplitsWithNothingFrustrated()
    {
        // a and b cooperate, c is hostile to both: {a, b} against {c} contradicts nothing.
        var relations = new[] { Rel("a", "SUPPORTS", "b"), Rel("c", "ATTACKS", "a"), Rel("c", "ATTACKS", "b") };

        var blocs = BlocAnalysis.Compute(["a", "b", "c", "lonely"], relations, Catalog);

        Assert.Equal(2, blocs.Groups.Count);
        Assert.Equal(["a", "b"], blocs.Groups[0]);
        Assert.Equal(["c"], blocs.Groups[1]);
        Assert.Empty(blocs.Frustrated);
    }

    [Fact]
    public void Blocs_UnbalancedTriangle_FrustratesTheLightestRelation()
    {
        // a+b (w 1), b+c (w 1), a-c (w 0.5): no partition satisfies all three. Together: the hostile a-c is
        // frustrated (0.5); any split frustrates at least one cooperative relation (1). Best: one bloc, cost 0.5.
        var hostile = Rel("a", "ATTACKS", "c", 0.5);
        var relations = new[] { Rel("a", "SUPPORTS", "b"), Rel("b", "SUPPORTS", "c"), hostile };

        var blocs = BlocAnalysis.Compute(["a", "b", "c"], relations, Catalog);

        Assert.Equal(["a", "b", "c"], Assert.Single(blocs.Groups));
        Assert.Equal([hostile], blocs.Frustrated);
        Assert.Equal(0.5, BlocAnalysis.FrustratedWeight(blocs), 9);
    }

    [Fact]
    public void StrongestPaths_TwoRoutes_StrongerProductFirst()
    {
        // a-b-c: weights 0.5 * 0.5 = 0.25, cost ln 4; a-c direct: 0.2, cost ln 5. The two-step route is stronger.
        var ab = Rel("a", "SUPPORTS", "b", 0.5);
        var bc = Rel("c", "MENTIONS", "b", 0.5);
        var ac = Rel("a", "ATTACKS", "c", 0.2);
        var weakerParallel = Rel("a", "MENTIONS", "b", 0.1);

        var paths = StrongestPaths.Find("a", "c", 3, 5, [ab, bc, ac, weakerParallel]);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["a", "b", "c"], paths[0].Actors);
        Assert.Equal([ab, bc], paths[0].Relations);
        Assert.Equal(Math.Log(4), paths[0].Cost, 9);
        Assert.Equal([ac], paths[1].Relations);
        Assert.Single(StrongestPaths.Find("a", "c", 1, 5, [ab, bc, ac]));
        Assert.Equal([ac], Assert.Single(StrongestPaths.Find("a", "c", 3, 1, [ab, bc, ac])).Relations);
    }

    [Fact]
    public void Mediators_TiesToBothSides_RankedByGeometricMeanOfLeverage()
    {
        // m: CONTROLS a (1.0) and FUNDS b (0.6): score sqrt(1 * 0.6). k: SUPPORTS a (0.5) and b (0.5): score 0.5.
        // one-sided supports only a; hostile attacks a: neither is a candidate.
        var relations = new[]
        {
            Rel("m", "CONTROLS", "a"), Rel("m", "FUNDS", "b"), Rel("k", "SUPPORTS", "a"), Rel("b", "SUPPORTS", "k"),
            Rel("one-sided", "SUPPORTS", "a"), Rel("hostile", "ATTACKS", "a"), Rel("hostile", "SUPPORTS", "b"),
        };

        var mediators = MediatorAnalysis.Find("a", "b", relations, Catalog);

        Assert.Equal(["m", "k"], mediators.Select(m => m.Actor));
        Assert.Equal(Math.Sqrt(0.6), mediators[0].Score, 9);
        // k's tie to b runs from b to k: it counts as a tie but gives k no leverage over b.
        Assert.Equal(0, mediators[1].LeverageOverB);
        Assert.Single(mediators[1].TiesToB);
    }

    [Theory]
    [InlineData(0.5, 0.3, StakeholderMatrix.KeyAlly)]
    [InlineData(0.5, 0.2, StakeholderMatrix.MinorAlly)]
    [InlineData(-0.5, 0.25, StakeholderMatrix.KeyOpponent)]
    [InlineData(-0.5, 0.1, StakeholderMatrix.MinorOpponent)]
    [InlineData(0.05, 0.9, StakeholderMatrix.Unaligned)]
    public void Quadrant_AlignmentAndLeverage_NamesTheCell(double alignment, double leverage, string expected)
    {
        Assert.Equal(expected, StakeholderMatrix.Quadrant(alignment, leverage));
    }

    [Fact]
    public void Quadrant_NoAlignment_IsUnaligned()
    {
        Assert.Equal(StakeholderMatrix.Unaligned, StakeholderMatrix.Quadrant(null, 1));
    }

    [Fact]
    public void Compare_TwoPictures_LargestMoveFirst()
    {
        // x moves 0.3 in leverage only; y moves 0.4 in alignment and 0.3 in leverage: size 0.5.
        var shifts = NarrativeComparison.Compare(["x", "y"],
            new Dictionary<string, double> { ["x"] = 0.1, ["y"] = 0.5 }, new Dictionary<string, double?> { ["x"] = null, ["y"] = 0.1 },
            new Dictionary<string, double> { ["x"] = 0.4, ["y"] = 0.2 }, new Dictionary<string, double?> { ["x"] = null, ["y"] = 0.5 });

        Assert.Equal(["y", "x"], shifts.Select(s => s.Actor));
        Assert.Equal(0.5, shifts[0].Size, 9);
        Assert.Equal(-0.3, shifts[0].LeverageDelta, 9);
        Assert.Equal(0.4, shifts[0].AlignmentDelta!.Value, 9);
        Assert.Null(shifts[1].AlignmentDelta);
    }

    [Fact]
    public void ChangesBetweenDates_RelationsThatStartOrEnd_AppearOrEnd()
    {
        var may1 = new DateOnly(2025, 5, 1);
        var may10 = new DateOnly(2025, 5, 10);
        var starts = Rel("a", "ATTACKS", "b", since: new DateOnly(2025, 5, 7));
        var ends = Rel("a", "SUPPORTS", "b", until: new DateOnly(2025, 5, 5));
        var always = Rel("a", "FUNDS", "b");

        Assert.Equal([starts], NarrativeComparison.Appeared(may1, may10, [starts, ends, always]));
        Assert.Equal([ends], NarrativeComparison.Ended(may1, may10, [starts, ends, always]));
    }
    [Fact]
    public void EdgeBudget_KeepsEachActorsStrongestTieThenTheStrongestOthers_InTheirOrder()
    {
        static AggregateEdge Edge(string from, string to, int count, double weight = 0.5) =>
            new(from, to, "SUPPORTS", count, weight, "CONFIRMED", [.. Enumerable.Range(0, count).Select(i => $"{from}-{to}-{i}")]);
        // Ranked: a-b (5 claims), b-d (3), a-d (2, weight 0.9), d-e (2, 0.5), a-e (2, 0.1), c-d (1). Each actor's
        // strongest tie first: a-b, b-d, d-e and c-d (c's only one, though weakest of all); then a-d beats a-e.
        var ab = Edge("a", "b", 5);
        var ad = Edge("a", "d", 2, 0.9);
        var ae = Edge("a", "e", 2, 0.1);
        var bd = Edge("b", "d", 3);
        var cd = Edge("c", "d", 1);
        var de = Edge("d", "e", 2);
        IReadOnlyList<AggregateEdge> edges = [ab, ad, ae, bd, cd, de];

        Assert.Equal([ab, bd, cd, de], OverviewAnalysis.WithinBudget(edges, 4));
        Assert.Equal([ab, ad, bd, cd, de], OverviewAnalysis.WithinBudget(edges, 5));
        Assert.Same(edges, OverviewAnalysis.WithinBudget(edges, 6));
    }
}
