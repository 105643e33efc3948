using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// Leverage: importance gained by holding leverage over important actors. PageRank over the leverage edges
/// reversed (a relation a->b with factor f and weight w passes f*w of b's rank to a), normalised so that the
/// highest-ranked actor has 1.
/// </summary>
public static partial class LeverageAnalysis
{
    public const double Damping = 0.85;
    /// <summary>How much a two-step chain a->c->b counts towards a's leverage over b, relative to a direct relation.</summary>
    public const double TwoStepDiscount = 0.5;
    private const int MaxIterations = 200;
    private const double Tolerance = 1e-10;

    public static IReadOnlyDictionary<string, double> Compute(
        IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog)
    {
        var ranks = Rank(actorIds, relations, catalog);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, i) in ranks.Index)
            result[id] = ranks.Max > 0 ? ranks.Values[i] / ranks.Max : 0;
        return result;
    }

    /// <summary>The PageRank vector, the actor index, each actor's total outgoing (reversed) strength and the highest rank.</summary>
    internal sealed record Ranks(Dictionary<string, int> Index, double[] Values, double[] OutTotal, double Max);

    internal static double Strength(Relation r, RelationCatalog catalog) => catalog.LeverageOf(r.Type) * r.Weight;

    // The reversed edges b -> a (strength f*w) as flat arrays, iterated without dictionaries: a million relations
    // take milliseconds per iteration. Parallel edges need no merging, since each adds its share to the same target.
    internal static Ranks Rank(IReadOnlyCollection<string> actorIds, IEnumerable<Relation> relations, RelationCatalog catalog)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in actorIds)
            index.TryAdd(id, index.Count);
        var n = index.Count;
        var sources = new List<int>();
        var targets = new List<int>();
        var strengths = new List<double>();
        var outTotal = new double[n];
        foreach (var r in relations)
        {
            var strength = Strength(r, catalog);
            if (strength <= 0 || !index.TryGetValue(r.From, out var a) || !index.TryGetValue(r.To, out var b) || a == b)
                continue;
            sources.Add(b);
            targets.Add(a);
            strengths.Add(strength);
            outTotal[b] += strength;
        }
        if (n == 0)
            return new Ranks(index, [], outTotal, 0);

        var edgeCount = sources.Count;
        var from = sources.ToArray();
        var to = targets.ToArray();
        var share = new double[edgeCount];
        for (var e = 0; e < edgeCount; e++)
            share[e] = Damping * strengths[e] / outTotal[from[e]];
        var dangling = Enumerable.Range(0, n).Where(i => outTotal[i] == 0).ToArray();

        var rank = new double[n];
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Rank held by actors with no outgoing (reversed) edge is spread evenly, as in standard PageRank.
            var danglingRank = 0.0;
            foreach (var i in dangling)
                danglingRank += rank[i];
            Array.Fill(next, (1 - Damping) / n + Damping * danglingRank / n);
            for (var e = 0; e < edgeCount; e++)
                next[to[e]] += share[e] * rank[from[e]];
            var delta = 0.0;
            for (var i = 0; i < n; i++)
                delta += Math.Abs(next[i] - rank[i]);
            (rank, next) = (next, rank);
            if (delta < Tolerance)
                break;
        }
        return new Ranks(index, rank, outTotal, rank.Max());
    }

    /// <summary>
    /// Leverage of <paramref name="holder"/> over <paramref name="subject"/>: the direct f*w of its relations to the
    /// subject, plus <see cref="TwoStepDiscount"/> times the products along two-step chains holder->c->subject.
    /// </summary>
    public static double Pairwise(string holder, string subject, IEnumerable<Relation> relations, RelationCatalog catalog)
    {
        var direct = new Dictionary<(string, string), double>();
        foreach (var r in relations)
        {
            var strength = catalog.LeverageOf(r.Type) * r.Weight;
            if (strength > 0 && r.From != r.To)
                direct[(r.From, r.To)] = direct.GetValueOrDefault((r.From, r.To)) + strength;
        }
        var total = direct.GetValueOrDefault((holder, subject));
        foreach (var ((from, via), first) in direct)
        {
            if (from != holder || via == subject)
                continue;
            total += TwoStepDiscount * first * direct.GetValueOrDefault((via, subject));
        }
        return total;
    }
}
