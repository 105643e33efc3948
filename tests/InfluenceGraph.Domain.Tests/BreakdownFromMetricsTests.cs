using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

/// <summary>Breakdowns read off computed metrics and each actor's own relations equal those that rank or solve the whole graph.</summary>
public sealed class BreakdownFromMetricsTests
{
    private static (string[] Actors, List<Relation> Relations, Dictionary<string, List<Relation>> ByActor) RandomGraph()
    {
        // Parallel relations, self-relations, negative and zero weights, and types that lend no leverage or no sign.
        var random = new Random(5);
        var types = Catalog.Types.Select(t => t.Name).ToArray();
        var actors = Enumerable.Range(0, 50).Select(i => $"a{i:00}").ToArray();
        var relations = Enumerable.Range(0, 500)
            .Select(i => Rel(actors[random.Next(actors.Length)], types[random.Next(types.Length)], actors[random.Next(actors.Length)],
                Math.Round(random.NextDouble() * 1.2 - 0.1, 2)) with { Id = $"r{i:000}" })
            .ToList();
        return (actors, relations, actors.ToDictionary(a => a, a => relations.Where(r => r.From == a || r.To == a).ToList()));
    }

    [Fact]
    public void LeverageBreakdown_FromComputedLeverage_EqualsTheOneThatRanksAgain()
    {
        var (actors, relations, byActor) = RandomGraph();
        var leverage = LeverageAnalysis.Compute(actors, relations, Catalog);
        var incoming = IncomingLeverage.Build(relations, Catalog);
        var nonEmpty = 0;
        foreach (var actor in actors)
        {
            var whole = LeverageAnalysis.Breakdown(actor, actors, relations, Catalog);
            var read = LeverageAnalysis.Breakdown(actor, leverage, incoming, a => byActor[a], Catalog);
            Assert.Equal(whole.Select(c => c.Relation.Id), read.Select(c => c.Relation.Id));
            Assert.All(whole.Zip(read), pair => Assert.Equal(pair.First.Amount, pair.Second.Amount, 9));
            nonEmpty += whole.Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty > 10, $"only {nonEmpty} actors hold any leverage");
    }

    [Fact]
    public void AlignmentBreakdown_FromComputedAlignment_EqualsTheOneThatSolvesAgain()
    {
        var (actors, relations, byActor) = RandomGraph();
        var alignment = AlignmentAnalysis.Compute(actors, relations, Catalog, "a00", "a01");
        var nonEmpty = 0;
        foreach (var actor in actors)
        {
            var whole = AlignmentAnalysis.Breakdown(actor, actors, relations, Catalog, "a00", "a01");
            var read = AlignmentAnalysis.Breakdown(actor, alignment, byActor[actor], Catalog, "a00", "a01");
            Assert.Equal(whole.Select(p => p.Relation.Id), read.Select(p => p.Relation.Id));
            Assert.All(whole.Zip(read), pair => Assert.Equal(pair.First.Pull, pair.Second.Pull, 9));
            nonEmpty += whole.Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty > 10, $"only {nonEmpty} actors are pulled by anyone");
    }
}
