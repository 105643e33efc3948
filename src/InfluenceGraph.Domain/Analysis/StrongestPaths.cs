using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>A path found by <see cref="StrongestPaths"/>, with its cost (lower is stronger).</summary>
public sealed record WeightedPath(IReadOnlyList<string> Actors, IReadOnlyList<Relation> Relations, double Cost);

/// <summary>
/// The k strongest simple paths between two actors, direction ignored. A step costs -ln(weight) of the strongest
/// relation between its two actors, so a path's cost is -ln of the product of its weights: the strongest path is the
/// one whose weakest links multiply to the most, and adding a step never makes a path cheaper. Ties go to fewer
/// steps, then to actor ids in order. Exact: a depth-first search over simple paths of at most maxLength steps, cut
/// off as soon as a partial path costs more than the k-th best found so far.
/// </summary>
public static class StrongestPaths
{
    public static IReadOnlyList<WeightedPath> Find(string from, string to, int k, int maxLength, IReadOnlyList<Relation> relations)
    {
        // The strongest relation between each pair of actors stands for the step between them.
        var strongest = new Dictionary<string, Dictionary<string, Relation>>(StringComparer.Ordinal);
        foreach (var r in relations.Where(r => r.Weight > 0 && r.From != r.To).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            Keep(r.From, r.To, r);
            Keep(r.To, r.From, r);
        }
        var best = new List<WeightedPath>();
        if (k <= 0 || from == to)
            return best;
        var actors = new List<string> { from };
        var steps = new List<Relation>();
        var onPath = new HashSet<string>(StringComparer.Ordinal) { from };
        Extend(from, 0);
        return best;

        void Extend(string current, double cost)
        {
            if (best.Count == k && cost > best[^1].Cost + 1e-12)
                return;
            foreach (var (other, relation) in (strongest.GetValueOrDefault(current) ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (onPath.Contains(other))
                    continue;
                var next = cost - Math.Log(Math.Min(relation.Weight, 1));
                if (other == to)
                {
                    Offer(new WeightedPath([.. actors, other], [.. steps, relation], next));
                    continue;
                }
                if (steps.Count + 1 >= maxLength)
                    continue;
                actors.Add(other);
                steps.Add(relation);
                onPath.Add(other);
                Extend(other, next);
                onPath.Remove(other);
                steps.RemoveAt(steps.Count - 1);
                actors.RemoveAt(actors.Count - 1);
            }
        }

        void Offer(WeightedPath path)
        {
            best.Add(path);
            best.Sort(Compare);
            if (best.Count > k)
                best.RemoveAt(best.Count - 1);
        }

        void Keep(string a, string b, Relation r)
        {
            if (!strongest.TryGetValue(a, out var row))
                strongest[a] = row = new Dictionary<string, Relation>(StringComparer.Ordinal);
            if (!row.TryGetValue(b, out var kept) || r.Weight > kept.Weight)
                row[b] = r;
        }
    }

    private static int Compare(WeightedPath x, WeightedPath y)
    {
        if (Math.Abs(x.Cost - y.Cost) > 1e-12)
            return x.Cost.CompareTo(y.Cost);
        var byLength = x.Actors.Count.CompareTo(y.Actors.Count);
        return byLength != 0 ? byLength : string.CompareOrdinal(string.Join("\u0001", x.Actors), string.Join("\u0001", y.Actors));
    }
}
