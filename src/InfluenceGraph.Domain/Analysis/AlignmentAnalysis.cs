using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// Alignment between two poles: the first pole is fixed at +1, the second at -1, and every other actor takes the
/// weighted mean of sign * neighbour value over its signed relations (direction ignored), iterated to a fixed point.
/// An actor with no signed path to a pole has no alignment (null), which is not the same as 0 (torn between them).
/// </summary>
public static partial class AlignmentAnalysis
{

    public static IReadOnlyDictionary<string, double?> Compute(
        IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        var solution = Solve(actorIds, relations, catalog, positivePole, negativePole);
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (id, i) in solution.Index)
            result[id] = solution.Reached[i] ? Math.Clamp(solution.Values[i], -1, 1) : null;
        return result;
    }

    /// <summary>The fixed point: each actor's index, whether a signed path reaches it from a pole, its value and the total weight of its signed relations.</summary>
    internal sealed record Solution(Dictionary<string, int> Index, bool[] Reached, double[] Values, double[] TotalWeight)
    {
        public double? ValueOf(string id) => Index.TryGetValue(id, out var i) && Reached[i] ? Values[i] : null;
    }

    // Signed neighbour lists as flat arrays (compressed rows); the actors a signed path reaches from a pole, found
    // breadth-first, are the unknowns of the linear system SolveFree solves.
    internal static Solution Solve(IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in actorIds)
            index.TryAdd(id, index.Count);
        var n = index.Count;
        var edges = new List<(int A, int B, double Signed, double Weight)>();
        var degree = new int[n + 1];
        foreach (var r in relations)
        {
            var sign = catalog.SignOf(r.Type);
            if (sign == 0 || r.Weight <= 0 || r.From == r.To || !index.TryGetValue(r.From, out var a) || !index.TryGetValue(r.To, out var b))
                continue;
            edges.Add((a, b, sign * r.Weight, r.Weight));
            degree[a]++;
            degree[b]++;
        }
        // Row i holds i's neighbours in the order of the relations, as the lists it replaces did.
        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
            start[i + 1] = start[i] + degree[i];
        var fill = (int[])start.Clone();
        var other = new int[start[n]];
        var signed = new double[start[n]];
        var totalWeight = new double[n];
        foreach (var (a, b, s, w) in edges)
        {
            (other[fill[a]], signed[fill[a]++]) = (b, s);
            (other[fill[b]], signed[fill[b]++]) = (a, s);
            totalWeight[a] += w;
            totalWeight[b] += w;
        }

        var values = new double[n];
        var isFixed = new bool[n];
        var poles = new List<int>();
        if (index.TryGetValue(positivePole, out var plus))
        {
            (values[plus], isFixed[plus]) = (1, true);
            poles.Add(plus);
        }
        if (negativePole != positivePole && index.TryGetValue(negativePole, out var minus))
        {
            (values[minus], isFixed[minus]) = (-1, true);
            poles.Add(minus);
        }

        var reached = new bool[n];
        // The free actors (reached, not a pole), in breadth-first order from the poles.
        var order = new List<int>();
        var queue = new Queue<int>();
        foreach (var pole in poles)
        {
            reached[pole] = true;
            queue.Enqueue(pole);
        }
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!isFixed[current])
                order.Add(current);
            for (var k = start[current]; k < start[current + 1]; k++)
            {
                if (!reached[other[k]])
                {
                    reached[other[k]] = true;
                    queue.Enqueue(other[k]);
                }
            }
        }

        SolveFree([.. order], start, other, signed, totalWeight, values, isFixed);
        return new Solution(index, reached, values, totalWeight);
    }
}
