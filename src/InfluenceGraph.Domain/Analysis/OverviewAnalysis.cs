using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>The claims of one type from one actor to another, drawn as one edge.</summary>
public sealed record AggregateEdge(string From, string To, string Type, int Count, double Weight, string Status, IReadOnlyList<string> RelationIds);

/// <summary>The top actors of a large graph and the edges among them; what is left out is counted.</summary>
public sealed record Overview(IReadOnlyList<string> Actors, IReadOnlyList<AggregateEdge> Edges, int HiddenActors, int HiddenRelations, int TotalActors, int TotalRelations);

/// <summary>A neighbour proposed for a drawing and the numbers behind its rank.</summary>
public sealed record Neighbour(string Actor, double Leverage, int Claims, double Score, string Reason);

/// <summary>The best neighbours of an actor, the edges to them, and how many were not returned.</summary>
public sealed record Expansion(string Actor, IReadOnlyList<Neighbour> Neighbours, IReadOnlyList<AggregateEdge> Edges, int HiddenNeighbours);

/// <summary>
/// What the explorer draws of a graph too large to draw whole (100,000 actors, say): an overview of the actors with
/// the most leverage, and neighbourhoods expanded on demand, best neighbours first. Both read an actor's relations
/// from an index (<c>relationsOf</c>) so their cost follows what they return, not the size of the graph.
/// </summary>
public static class OverviewAnalysis
{
    private static readonly string[] StatusRank = [ClaimStatuses.Confirmed, ClaimStatuses.Claimed, ClaimStatuses.Disputed, ClaimStatuses.Denied];

    /// <summary>
    /// The <paramref name="top"/> actors by leverage (ties by id) and the accepted relations among them, merged per
    /// (from, type, to), at most <paramref name="maxEdges"/> edges (see <see cref="WithinBudget"/>).
    /// <paramref name="acceptedRelations"/> is how many relations pass the filter in the whole graph.
    /// </summary>
    public static Overview Compute(IReadOnlyList<string> actorIds, IReadOnlyDictionary<string, double> leverage, int top,
        Func<string, IReadOnlyList<Relation>> relationsOf, Func<Relation, bool> accepts, int acceptedRelations, int maxEdges = int.MaxValue)
    {
        var shown = actorIds
            .OrderByDescending(id => leverage.GetValueOrDefault(id))
            .ThenBy(id => id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        var members = shown.ToHashSet(StringComparer.Ordinal);
        // Each relation is met from its 'from' end only, so none is counted twice.
        var among = shown.SelectMany(id => relationsOf(id).Where(r => r.From == id && members.Contains(r.To) && accepts(r)));
        var edges = WithinBudget(Merge(among), maxEdges);
        var drawn = edges.Sum(e => e.Count);
        return new Overview(shown, edges, actorIds.Count - shown.Count, acceptedRelations - drawn, actorIds.Count, acceptedRelations);
    }

    /// <summary>
    /// The neighbours of <paramref name="actor"/> through accepted relations, either direction, best first: score =
    /// leverage * (1 + ln(1 + claims)), ties by id. Excluded actors are not proposed, but their edges are returned.
    /// </summary>
    public static Expansion Expand(string actor, int first, IReadOnlySet<string> exclude, IReadOnlyDictionary<string, double> leverage,
        IReadOnlyList<Relation> relationsOfActor, Func<Relation, bool> accepts)
    {
        var ties = relationsOfActor.Where(accepts).Where(r => r.From != r.To)
            .GroupBy(r => r.From == actor ? r.To : r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ranked = ties
            .Where(t => !exclude.Contains(t.Key))
            .Select(t => Rank(t.Key, t.Value, leverage.GetValueOrDefault(t.Key)))
            .OrderByDescending(n => n.Score).ThenBy(n => n.Actor, StringComparer.Ordinal)
            .ToList();
        var chosen = ranked.Take(first).ToList();
        var drawn = chosen.Select(n => n.Actor).Concat(exclude.Where(ties.ContainsKey)).ToHashSet(StringComparer.Ordinal);
        var edges = Merge(ties.Where(t => drawn.Contains(t.Key)).SelectMany(t => t.Value));
        return new Expansion(actor, chosen, edges, ranked.Count - chosen.Count);
    }

    /// <summary>
    /// At most <paramref name="budget"/> of <paramref name="edges"/>, in their order: every actor keeps its strongest
    /// tie (nobody looks isolated who is not), then the strongest others. Strength is the number of merged claims,
    /// then the weight; ties keep the given order. The page's edge-budget.js applies the same rule.
    /// </summary>
    public static IReadOnlyList<AggregateEdge> WithinBudget(IReadOnlyList<AggregateEdge> edges, int budget)
    {
        if (edges.Count <= budget) return edges;
        var ranked = Enumerable.Range(0, edges.Count)
            .OrderByDescending(i => edges[i].Count).ThenByDescending(i => edges[i].Weight)
            .ToList();
        var chosen = new bool[edges.Count];
        var tied = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var i in ranked)
        {
            if (!tied.Add(edges[i].From) & !tied.Add(edges[i].To)) continue;
            chosen[i] = true;
            count++;
        }
        foreach (var i in ranked)
        {
            if (count >= budget) break;
            if (chosen[i]) continue;
            chosen[i] = true;
            count++;
        }
        return [.. edges.Where((_, i) => chosen[i])];
    }

    /// <summary>Claims merged per (from, type, to): count, largest weight, best attested status, ids in id order.</summary>
    public static IReadOnlyList<AggregateEdge> Merge(IEnumerable<Relation> relations) =>
        [.. relations
            .GroupBy(r => (r.From, r.Type, r.To))
            .Select(g =>
            {
                var claims = g.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
                var status = StatusRank.First(s => claims.Any(r => r.Status == s) || s == ClaimStatuses.Denied);
                return new AggregateEdge(g.Key.From, g.Key.To, g.Key.Type, claims.Count, claims.Max(r => r.Weight), status, [.. claims.Select(r => r.Id)]);
            })
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal)];

    private static Neighbour Rank(string actor, List<Relation> claims, double leverage)
    {
        var score = leverage * (1 + Math.Log(1 + claims.Count));
        var types = claims.GroupBy(r => r.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() > 1 ? $"{g.Key} x{g.Count()}" : g.Key);
        var reason = FormattableString.Invariant($"leverage {leverage:0.00}; {claims.Count} claim{(claims.Count == 1 ? "" : "s")}: {string.Join(", ", types)}");
        return new Neighbour(actor, leverage, claims.Count, score, reason);
    }
}
