using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>A partition of the actors into blocs, and the signed relations that contradict it.</summary>
public sealed record BlocPartition(IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<Relation> Frustrated);

/// <summary>
/// Blocs from structural balance (correlation clustering of the signed graph). A cooperative relation (sign +1)
/// between two blocs, or a hostile one (sign -1) inside a bloc, contradicts the partition ("frustrated"); the
/// partition minimises the total weight of frustrated relations, any number of blocs allowed. Neutral relations
/// (sign 0) have no say. The search is deterministic local search: every actor starts alone, then rounds of
/// (1) moving single actors, in id order, to the bloc where their net signed weight (cooperative minus hostile) is
/// highest, or to a bloc of their own when it is negative everywhere, and (2) merging the two blocs with the highest
/// positive net weight between them, repeat until neither lowers the frustrated weight. Each step strictly lowers it,
/// so the search ends; it finds a local optimum, not always the global one, and always the same one.
/// Actors with no signed relation belong to no bloc and are left out.
/// </summary>
public static class BlocAnalysis
{
    private const int MaxRounds = 1000;
    private const double Epsilon = 1e-12;

    public static BlocPartition Compute(IReadOnlyCollection<string> actorIds, IReadOnlyList<Relation> relations, RelationCatalog catalog)
    {
        var ids = actorIds.ToHashSet(StringComparer.Ordinal);
        var signed = relations
            .Where(r => catalog.SignOf(r.Type) != 0 && r.Weight > 0 && r.From != r.To && ids.Contains(r.From) && ids.Contains(r.To))
            .ToList();
        // Net signed weight per unordered pair: what keeping the two together gains (positive) or costs (negative).
        var net = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var r in signed)
        {
            AddNet(r.From, r.To, catalog.SignOf(r.Type) * r.Weight);
            AddNet(r.To, r.From, catalog.SignOf(r.Type) * r.Weight);
        }
        var actors = net.Keys.Order(StringComparer.Ordinal).ToList();
        // Every actor starts alone; rounds of single-actor moves and bloc merges follow until neither helps.
        var bloc = actors.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds && (MoveActors(actors, net, bloc) | MergeBlocs(net, bloc)); round++)
        {
        }

        var groups = actors.GroupBy(a => bloc[a])
            .Select(g => (IReadOnlyList<string>)[.. g.Order(StringComparer.Ordinal)])
            .OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal)
            .ToList();
        var frustrated = signed
            .Where(r => (catalog.SignOf(r.Type) > 0) != (bloc[r.From] == bloc[r.To]))
            .OrderByDescending(r => r.Weight).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new BlocPartition(groups, frustrated);

        void AddNet(string a, string b, double weight)
        {
            if (!net.TryGetValue(a, out var row))
                net[a] = row = new Dictionary<string, double>(StringComparer.Ordinal);
            row[b] = row.GetValueOrDefault(b) + weight;
        }
    }

    /// <summary>The total weight of relations a partition frustrates (what <see cref="Compute"/> minimises).</summary>
    public static double FrustratedWeight(BlocPartition partition) => partition.Frustrated.Sum(r => r.Weight);

    /// <summary>Moves each actor, in id order, to the bloc (or a new one) where its net signed weight is highest.</summary>
    private static bool MoveActors(List<string> actors, Dictionary<string, Dictionary<string, double>> net, Dictionary<string, int> bloc)
    {
        var moved = false;
        foreach (var actor in actors)
        {
            var current = bloc[actor];
            var gains = new Dictionary<int, double>();
            foreach (var (other, weight) in net[actor])
                gains[bloc[other]] = gains.GetValueOrDefault(bloc[other]) + weight;
            var currentGain = gains.GetValueOrDefault(current);
            var (best, bestGain) = (current, currentGain);
            foreach (var (group, gain) in gains.OrderBy(g => g.Key))
                if (gain > bestGain + Epsilon)
                    (best, bestGain) = (group, gain);
            // Leaving for a bloc of its own gains 0: better than staying where its ties are net hostile.
            if (bestGain < -Epsilon && bloc.Values.Count(b => b == current) > 1)
                (best, bestGain) = (bloc.Values.Max() + 1, 0);
            if (best != current && bestGain > currentGain + Epsilon)
            {
                bloc[actor] = best;
                moved = true;
            }
        }
        return moved;
    }

    /// <summary>Merges the pair of blocs with the highest positive net weight between them, if any.</summary>
    private static bool MergeBlocs(Dictionary<string, Dictionary<string, double>> net, Dictionary<string, int> bloc)
    {
        var between = new Dictionary<(int, int), double>();
        foreach (var (a, row) in net)
            foreach (var (b, weight) in row)
                if (bloc[a] < bloc[b])
                    between[(bloc[a], bloc[b])] = between.GetValueOrDefault((bloc[a], bloc[b])) + weight;
        var best = between.Where(kv => kv.Value > Epsilon).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).FirstOrDefault();
        if (best.Value <= Epsilon)
            return false;
        foreach (var actor in bloc.Keys.ToList())
            if (bloc[actor] == best.Key.Item2)
                bloc[actor] = best.Key.Item1;
        return true;
    }
}
