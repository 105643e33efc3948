using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// A snapshot's derived views (the overview, the contested relations): computed once per key while what they read
/// stays the same, again when it changes or on the next graph, and never served from another graph.
/// </summary>
public sealed class DerivedViewTests
{
    [Fact]
    public void SameKeyAndBasis_ComputesOnce_OtherBasisOrGraph_ComputesAgain()
    {
        var graph = Chain(4);
        var basis = new object();
        var computed = 0;
        string View() => $"view {++computed}";

        var first = graph.Derived("k", basis, View);
        var again = graph.Derived("k", basis, View);
        var newBasis = graph.Derived("k", new object(), View);
        var next = graph.WithRelation(Supports("r-new", "a3", "a0"));
        var onNext = next.Derived("k", basis, View);

        Assert.Same(first, again);
        Assert.Equal(["view 1", "view 2", "view 3"], new[] { first, newBasis, onNext });
        Assert.Equal(3, computed);
    }

    [Fact]
    public void ManyKeys_BeyondTheMemo_StillAnswerEachItsOwn()
    {
        var graph = Chain(3);
        var basis = new object();

        var views = Enumerable.Range(0, 100).Select(i => graph.Derived($"k{i}", basis, () => $"v{i}")).ToList();

        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"v{i}"), views);
        Assert.Equal("v99", graph.Derived("k99", basis, () => "v99"));
    }

    [Fact]
    public void Contested_IsInIdOrder_AndFollowsTheGraph()
    {
        var graph = Chain(3)
            .WithRelation(Disputed("z-disputed", "a0", "a1"))
            .WithRelation(Disputed("b-disputed", "a1", "a2"));

        var contested = graph.ContestedUnder(RelationFilter.None);
        var after = graph.WithRelation(Disputed("m-disputed", "a2", "a0")).ContestedUnder(RelationFilter.None);

        Assert.Equal(["b-disputed", "z-disputed"], contested.Select(r => r.Id));
        Assert.Equal(["b-disputed", "m-disputed", "z-disputed"], after.Select(r => r.Id));
    }

    private static GraphSnapshot Chain(int n)
    {
        var actors = Enumerable.Range(0, n).Select(i => new Actor($"a{i}", $"Actor {i}", ActorKinds.State, [], null, null));
        var relations = Enumerable.Range(0, n - 1).Select(i => Supports($"r{i}", $"a{i}", $"a{i + 1}"));
        return GraphSnapshot.Create(actors, relations, [], RelationCatalog.Default);
    }

    private static Relation Supports(string id, string from, string to) =>
        new(id, "SUPPORTS", from, to, 0.8, ClaimStatuses.Confirmed, [], null, null, "a quote", "source");

    private static Relation Disputed(string id, string from, string to) =>
        new(id, "SUPPORTS", from, to, 0.8, ClaimStatuses.Disputed, [], null, null, "a quote", "source");
}
