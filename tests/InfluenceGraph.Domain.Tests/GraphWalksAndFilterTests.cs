using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class GraphWalksAndFilterTests
{
    [Fact]
    public void Paths_Triangle_ShortestFirstAndDirectionIgnored()
    {
        var ab = Rel("a", "SUPPORTS", "b");
        var cb = Rel("c", "SUPPORTS", "b");
        var ac = Rel("a", "SUPPORTS", "c");

        var paths = GraphWalks.Paths("a", "c", 2, [ab, cb, ac]);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["a", "c"], paths[0].Actors);
        Assert.Equal(["a", "b", "c"], paths[1].Actors);
        Assert.Equal([ab, cb], paths[1].Relations);
    }

    [Fact]
    public void Paths_LongerThanMaxLength_AreNotReturned()
    {
        var chain = new[] { Rel("a", "SUPPORTS", "b"), Rel("b", "SUPPORTS", "c"), Rel("c", "SUPPORTS", "d") };

        Assert.Empty(GraphWalks.Paths("a", "d", 2, chain));
        Assert.Single(GraphWalks.Paths("a", "d", 3, chain));
    }

    [Fact]
    public void Neighbourhood_DepthOne_HasDirectNeighboursOnly()
    {
        var relations = new[] { Rel("a", "SUPPORTS", "b"), Rel("c", "SUPPORTS", "a"), Rel("b", "SUPPORTS", "d") };

        Assert.Equal(["a", "b", "c"], GraphWalks.Neighbourhood("a", 1, relations).Order());
        Assert.Equal(["a", "b", "c", "d"], GraphWalks.Neighbourhood("a", 2, relations).Order());
    }

    [Fact]
    public void Filter_AsOf_KeepsStartedAndNotEnded_AndUndatedOnlyWhenAsked()
    {
        var may7 = new DateOnly(2025, 5, 7);
        var undated = Rel("a", "SUPPORTS", "b");
        var before = Rel("a", "SUPPORTS", "b", since: new DateOnly(2025, 4, 22));
        var after = Rel("a", "SUPPORTS", "b", since: new DateOnly(2025, 5, 10));
        var ended = Rel("a", "SUPPORTS", "b", since: new DateOnly(2025, 1, 1), until: new DateOnly(2025, 5, 1));
        Relation[] all = [undated, before, after, ended];

        Assert.Equal([before], new RelationFilter(AsOf: may7).Apply(all));
        Assert.Equal([undated, before], new RelationFilter(AsOf: may7) { IncludeUndated = true }.Apply(all));
        Assert.Equal(all, new RelationFilter().Apply(all));
    }

    [Fact]
    public void Filter_TypesAndStatuses_KeepOnlyThoseListed()
    {
        var confirmed = Rel("a", "SUPPORTS", "b");
        var claimed = Rel("a", "SUPPORTS", "b", status: ClaimStatuses.Claimed);
        var attack = Rel("a", "ATTACKS", "b");

        var kept = new RelationFilter(Types: ["SUPPORTS"], Statuses: [ClaimStatuses.Confirmed]).Apply([confirmed, claimed, attack]);

        Assert.Equal([confirmed], kept);
    }

    [Fact]
    public void Catalog_Parse_RejectsOutOfRangeSign()
    {
        var error = Assert.Throws<InvalidDataException>(() => RelationCatalog.Parse(
            """{"relationTypes":[{"name":"X","description":"d","sign":2,"leverage":0.5}]}"""));

        Assert.Contains("sign", error.Message);
    }
}
