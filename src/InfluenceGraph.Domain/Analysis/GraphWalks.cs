using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>A route from one actor to another: the actors visited in order and the relations between them.</summary>
public sealed record ActorPath(IReadOnlyList<string> Actors, IReadOnlyList<Relation> Relations);

/// <summary>Walks over relations in either direction: neighbourhoods and simple paths.</summary>
public static class GraphWalks
{
    /// <summary>Hard cap on enumerated paths so a dense graph cannot make one request run away.</summary>
    public const int MaxPaths = 200;

    /// <summary>The actors within <paramref name="depth"/> steps of <paramref name="center"/> (itself included).</summary>
    public static IReadOnlySet<string> Neighbourhood(string center, int depth, IReadOnlyList<Relation> relations)
    {
        var adjacency = Adjacency(relations);
        var seen = new HashSet<string>(StringComparer.Ordinal) { center };
        var frontier = new List<string> { center };
        for (var step = 0; step < depth && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
                foreach (var (other, _) in adjacency.GetValueOrDefault(id) ?? [])
                    if (seen.Add(other))
                        next.Add(other);
            frontier = next;
        }
        return seen;
    }

    /// <summary>
    /// Every simple path (no actor twice) from <paramref name="from"/> to <paramref name="to"/> of at most
    /// <paramref name="maxLength"/> relations, shortest first, at most <see cref="MaxPaths"/>.
    /// </summary>
    public static IReadOnlyList<ActorPath> Paths(string from, string to, int maxLength, IReadOnlyList<Relation> relations)
    {
        var adjacency = Adjacency(relations);
        var found = new List<ActorPath>();
        var actors = new List<string> { from };
        var steps = new List<Relation>();
        var onPath = new HashSet<string>(StringComparer.Ordinal) { from };
        // Iterative deepening yields shortest paths first and lets the cap keep the shortest ones.
        for (var length = 1; length <= maxLength && found.Count < MaxPaths; length++)
            Extend(from, length);
        return found;

        void Extend(string current, int remaining)
        {
            foreach (var (other, relation) in adjacency.GetValueOrDefault(current) ?? [])
            {
                if (found.Count >= MaxPaths)
                    return;
                if (remaining == 1)
                {
                    if (other == to)
                        found.Add(new ActorPath([.. actors, other], [.. steps, relation]));
                    continue;
                }
                if (other == to || !onPath.Add(other))
                    continue;
                actors.Add(other);
                steps.Add(relation);
                Extend(other, remaining - 1);
                actors.RemoveAt(actors.Count - 1);
                steps.RemoveAt(steps.Count - 1);
                onPath.Remove(other);
            }
        }
    }

    private static Dictionary<string, List<(string Other, Relation Relation)>> Adjacency(IReadOnlyList<Relation> relations)
    {
        var adjacency = new Dictionary<string, List<(string, Relation)>>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            Add(r.From, r.To, r);
            if (r.From != r.To)
                Add(r.To, r.From, r);
        }
        return adjacency;

        void Add(string a, string b, Relation r)
        {
            if (!adjacency.TryGetValue(a, out var list))
                adjacency[a] = list = [];
            list.Add((b, r));
        }
    }
}
