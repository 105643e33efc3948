using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// Alignment between two poles: the first pole is fixed at +1, the second at -1, and every other actor takes the
/// weighted mean of sign * neighbour value over its signed relations (direction ignored), iterated to a fixed point.
/// An actor with no signed path to a pole has no alignment (null), which is not the same as 0 (torn between them).
/// </summary>
public static partial class AlignmentAnalysis
{
    private const int MaxIterations = 10_000;
    private const double Tolerance = 1e-12;

    public static IReadOnlyDictionary<string, double?> Compute(
        IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        var (ids, _, value) = Solve(actorIds, relations, catalog, positivePole, negativePole);
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var id in ids)
            result[id] = value.TryGetValue(id, out var v) ? Math.Clamp(v, -1, 1) : null;
        return result;
    }

    internal static (HashSet<string> Ids, Dictionary<string, List<(string Other, double SignedWeight, double Weight)>> Neighbours, Dictionary<string, double> Values) Solve(
        IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        var ids = actorIds.ToHashSet(StringComparer.Ordinal);
        // Signed, weighted, undirected neighbour lists.
        var neighbours = ids.ToDictionary(id => id, _ => new List<(string Other, double SignedWeight, double Weight)>(), StringComparer.Ordinal);
        foreach (var r in relations)
        {
            var sign = catalog.SignOf(r.Type);
            if (sign == 0 || r.Weight <= 0 || r.From == r.To || !ids.Contains(r.From) || !ids.Contains(r.To))
                continue;
            neighbours[r.From].Add((r.To, sign * r.Weight, r.Weight));
            neighbours[r.To].Add((r.From, sign * r.Weight, r.Weight));
        }

        var fixedValues = new Dictionary<string, double>(StringComparer.Ordinal);
        if (ids.Contains(positivePole))
            fixedValues[positivePole] = 1;
        if (ids.Contains(negativePole) && negativePole != positivePole)
            fixedValues[negativePole] = -1;

        var reachable = Reachable(fixedValues.Keys, neighbours);
        var value = reachable.ToDictionary(id => id, id => fixedValues.GetValueOrDefault(id), StringComparer.Ordinal);
        var free = reachable.Where(id => !fixedValues.ContainsKey(id)).ToArray();

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var delta = 0.0;
            foreach (var id in free)
            {
                double sum = 0, total = 0;
                foreach (var (other, signed, weight) in neighbours[id])
                {
                    sum += signed * value[other];
                    total += weight;
                }
                var updated = total > 0 ? sum / total : 0;
                delta = Math.Max(delta, Math.Abs(updated - value[id]));
                value[id] = updated;
            }
            if (delta < Tolerance)
                break;
        }

        return (ids, neighbours, value);
    }

    private static HashSet<string> Reachable(IEnumerable<string> starts, Dictionary<string, List<(string Other, double SignedWeight, double Weight)>> neighbours)
    {
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (var (other, _, _) in neighbours[queue.Dequeue()])
                if (seen.Add(other))
                    queue.Enqueue(other);
        }
        return seen;
    }
}
