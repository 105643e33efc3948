using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

/// <summary>The state-level roll-up, mediation's place in the metrics, and who holds leverage over an actor.</summary>
public sealed class LevelsAndHoldersTests
{
    private static Actor A(string id, string kind, string? country = null) => new(id, id, kind, [], country, null);

    private static readonly RelationCatalog Catalog = RelationCatalog.Default;

    [Fact]
    public void Principals_PersonsAndBodies_RollIntoTheirStateAndGroupsStay()
    {
        Actor[] actors =
        [
            A("india", ActorKinds.State), A("usa", ActorKinds.State),
            A("modi", ActorKinds.Person, "india"), A("rubio", ActorKinds.Person), A("state-dept", ActorKinds.Organization),
            A("let", ActorKinds.ArmedGroup, "pakistan"), A("envoy", ActorKinds.Person),
        ];
        Relation[] relations =
        [
            Rel("rubio", "LEADS", "state-dept"), Rel("state-dept", "AFFILIATED_WITH", "usa"), Rel("envoy", "MEMBER_OF", "state-dept"),
        ];

        var principals = StateLevel.Principals(actors, relations);

        Assert.Equal("india", principals["modi"]);
        Assert.Equal("usa", principals["state-dept"]);
        Assert.Equal("usa", principals["rubio"]);
        Assert.Equal("usa", principals["envoy"]);
        Assert.Equal("let", principals["let"]);
        Assert.Equal("india", principals["india"]);
    }

    [Fact]
    public void RollUp_RelationsInsideAState_DropOut_OthersConnectThePrincipals()
    {
        var principals = new Dictionary<string, string> { ["modi"] = "india", ["india"] = "india", ["rubio"] = "usa", ["usa"] = "usa" };

        var rolled = StateLevel.RollUp([Rel("modi", "LEADS", "india"), Rel("rubio", "URGES_RESTRAINT", "modi")], principals).ToList();

        var only = Assert.Single(rolled);
        Assert.Equal(("usa", "india"), (only.From, only.To));
    }

    [Theory]
    [InlineData("MEDIATES")]
    [InlineData("OFFERS_MEDIATION")]
    [InlineData("URGES_RESTRAINT")]
    public void Mediation_NeitherPullsAlignmentNorPushesIt_ButIsATieForMediators(string type)
    {
        Relation[] relations = [Rel("a", "ATTACKS", "b"), Rel("m", type, "a"), Rel("m", type, "b"), Rel("m", "SUPPORTS", "a")];

        var alignment = AlignmentAnalysis.Compute(["a", "b", "m"], relations, Catalog, "a", "b");
        var mediators = MediatorAnalysis.Find("a", "b", relations, Catalog);

        Assert.True(Catalog.IsMediation(type));
        Assert.Equal(0, Catalog.SignOf(type));
        Assert.Equal(1.0, alignment["m"]!.Value, 9);
        Assert.Contains(mediators, c => c.Actor == "m");
    }

    [Fact]
    public void Holders_ValueOfEachHolder_IsItsPairwiseLeverage_MostFirst()
    {
        Relation[] relations =
        [
            Rel("china", "SUPPLIES_ARMS_TO", "pakistan", 0.9), Rel("usa", "SANCTIONS", "pakistan", 0.5), Rel("saudi", "INVESTS_IN", "pakistan", 0.4),
            Rel("china", "INVESTS_IN", "saudi", 0.5), Rel("usa", "SUPPORTS", "china", 0.2), Rel("pakistan", "ATTACKS", "india", 1),
        ];

        var holders = LeverageAnalysis.Holders("pakistan", relations, Catalog);

        Assert.Equal(holders.OrderByDescending(h => h.Value).Select(h => h.Holder), holders.Select(h => h.Holder));
        Assert.All(holders, h => Assert.Equal(LeverageAnalysis.Pairwise(h.Holder, "pakistan", relations, Catalog), h.Value, 12));
        Assert.All(holders, h => Assert.Equal(h.Value, h.Paths.Sum(p => p.Amount), 12));
        Assert.Equal("china", holders[0].Holder);
        Assert.DoesNotContain(holders, h => h.Holder == "india");
    }

    [Fact]
    public void Holders_FromEachActorsOwnRelations_EqualHoldersFromTheWholeList()
    {
        // A random graph with parallel relations, self-relations and relations that lend no leverage.
        var random = new Random(11);
        var types = Catalog.Types.Select(t => t.Name).ToArray();
        var actors = Enumerable.Range(0, 40).Select(i => $"a{i}").ToArray();
        var relations = Enumerable.Range(0, 400)
            .Select(i => Rel(actors[random.Next(12)], types[random.Next(types.Length)], actors[random.Next(actors.Length)], Math.Round(random.NextDouble(), 2)) with { Id = $"r{i:000}" })
            .ToList();
        var byActor = actors.ToDictionary(a => a, a => relations.Where(r => r.From == a || r.To == a).ToList());
        var incoming = IncomingLeverage.Build(relations, Catalog);

        foreach (var subject in actors)
        {
            var whole = LeverageAnalysis.Holders(subject, relations, Catalog);
            var indexed = LeverageAnalysis.Holders(subject, incoming, a => byActor[a], Catalog);
            Assert.Equal(whole.Select(h => (h.Holder, h.Value)), indexed.Select(h => (h.Holder, h.Value)));
            Assert.Equal(whole.SelectMany(h => h.Paths.SelectMany(p => p.Relations.Select(r => r.Id))), indexed.SelectMany(h => h.Paths.SelectMany(p => p.Relations.Select(r => r.Id))));
        }
        Assert.Contains(actors, a => LeverageAnalysis.Holders(a, relations, Catalog).Count > 2);
    }

    [Fact]
    public void Holders_FirstFew_AreTheLargestWithEveryPathPairwiseFinds()
    {
        var random = new Random(5);
        var types = Catalog.Types.Select(t => t.Name).ToArray();
        var actors = Enumerable.Range(0, 30).Select(i => $"a{i}").ToArray();
        var relations = Enumerable.Range(0, 300)
            .Select(i => Rel(actors[random.Next(10)], types[random.Next(types.Length)], actors[random.Next(actors.Length)], Math.Round(random.NextDouble(), 2)) with { Id = $"r{i:000}" })
            .ToList();

        foreach (var subject in actors)
        {
            var all = LeverageAnalysis.Holders(subject, relations, Catalog);
            var few = LeverageAnalysis.Holders(subject, relations, Catalog, first: 3);
            Assert.Equal(all.Take(3).Select(h => h.Holder), few.Select(h => h.Holder));
            foreach (var holder in few)
            {
                Assert.Equal(LeverageAnalysis.Pairwise(holder.Holder, subject, relations, Catalog), holder.Value, 1e-12);
                Assert.Equal(
                    LeverageAnalysis.PairwisePaths(holder.Holder, subject, relations, Catalog).Select(p => string.Join(",", p.Relations.Select(r => r.Id))),
                    holder.Paths.Select(p => string.Join(",", p.Relations.Select(r => r.Id))));
            }
        }
        Assert.Empty(LeverageAnalysis.Holders("a0", relations, Catalog, first: 0));
    }
}
