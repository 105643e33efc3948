using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Neo4j's shortestPath / allShortestPaths: for each pair of end nodes the pattern's node patterns match, a
/// bidirectional breadth-first search over the relationships the relationship pattern allows (types, properties,
/// direction, at most max hops). The two searches grow one whole level at a time, always the smaller frontier, so the
/// first level at which they meet gives the shortest length; every node reached there on both sides is a meeting
/// point of a shortest path.
/// </summary>
internal static partial class Matcher
{
    private static IEnumerable<Row> MatchShortest(PatternPart part, Row row, HashSet<RelData>? used, QueryContext ctx)
    {
        var nodeChecks = part.Nodes.Select(n => new NodeCheck(n, Names(n.Labels, row, ctx), PropertyMap(n.Properties, row, ctx))).ToArray();
        var relCheck = new RelCheck(part.Rels[0], Names(part.Rels[0].Types, row, ctx), PropertyMap(part.Rels[0].Properties, row, ctx));
        var pattern = relCheck.Pattern;
        var min = pattern.Length?.Min ?? 1;
        var max = pattern.Length is null ? 1 : pattern.Length.Max ?? int.MaxValue;
        var all = part.Search == PathSearch.AllShortest;
        var starts = Candidates(nodeChecks[0], row, ctx).ToList();
        var ends = Candidates(nodeChecks[1], row, ctx).ToList();
        foreach (var start in starts)
        {
            if (!NodeMatches(start, nodeChecks[0], row)) continue;
            var withStart = Bind(row, nodeChecks[0].Pattern.Variable, start);
            if (withStart is null) continue;
            foreach (var end in ends)
            {
                if (!NodeMatches(end, nodeChecks[1], row)) continue;
                var bound = Bind(withStart, nodeChecks[1].Pattern.Variable, end);
                if (bound is null) continue;
                foreach (var path in ShortestPaths(start, end, pattern.Direction, relCheck, min, max, all, used))
                {
                    var next = bound;
                    if (pattern.Variable is { } relName)
                    {
                        if (row.TryGet(relName, out var boundRels) && !SameRelationships(boundRels, path.Rels, rightward: true)) continue;
                        next = next.With(relName, path.Rels.Cast<object?>().ToList());
                    }
                    if (part.PathVariable is not null) next = next.With(part.PathVariable, new PathValue(path.Nodes, path.Rels));
                    yield return next;
                }
            }
        }
    }

    /// <summary>The nodes a node pattern may stand for: its binding, a unique-index hit, its smallest label, or every node.</summary>
    private static IEnumerable<NodeData> Candidates(NodeCheck check, Row row, QueryContext ctx)
    {
        ChooseAnchor([check], row, ctx, out var candidates);
        return candidates;
    }

    private sealed record FoundPath(List<NodeData> Nodes, List<RelData> Rels);

    /// <summary>One side of the search: each reached node's distance and the (relationship, node) steps that reach it one level closer.</summary>
    private sealed class SearchSide(NodeData origin, Direction direction)
    {
        public Direction Direction { get; } = direction;
        public Dictionary<NodeData, int> Depth { get; } = new(ReferenceEqualityComparer.Instance) { [origin] = 0 };
        public Dictionary<NodeData, List<(RelData Rel, NodeData From)>> Parents { get; } = new(ReferenceEqualityComparer.Instance);
        public List<NodeData> Frontier { get; set; } = [origin];
        public int Level { get; set; }
    }

    private static IEnumerable<FoundPath> ShortestPaths(NodeData start, NodeData end, Direction direction, RelCheck check,
        int min, int max, bool all, HashSet<RelData>? used)
    {
        if (start.Deleted || end.Deleted) yield break;
        if (ReferenceEquals(start, end))
        {
            // A path of length 0 when the pattern allows it; Neo4j finds no shortest path from a node to itself otherwise.
            if (min == 0) yield return new FoundPath([start], []);
            yield break;
        }
        if (max < 1) yield break;
        var forward = new SearchSide(start, direction);
        var backward = new SearchSide(end, Flip(direction));
        List<NodeData>? meetings = null;
        while (meetings is null && forward.Level + backward.Level < max && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            meetings = GrowLevel(grow, other, check, used, all);
        }
        if (meetings is null) yield break;
        foreach (var meeting in meetings)
            foreach (var left in Chains(forward, meeting))
                foreach (var right in Chains(backward, meeting))
                {
                    var nodes = new List<NodeData>(left.Nodes.Count + right.Nodes.Count);
                    nodes.AddRange(left.Nodes);
                    for (var i = right.Nodes.Count - 2; i >= 0; i--) nodes.Add(right.Nodes[i]);
                    var rels = new List<RelData>(left.Rels.Count + right.Rels.Count);
                    rels.AddRange(left.Rels);
                    for (var i = right.Rels.Count - 1; i >= 0; i--) rels.Add(right.Rels[i]);
                    yield return new FoundPath(nodes, rels);
                    if (!all) yield break;
                }
    }

    /// <summary>Expands one side by a level; returns the nodes where it met the other side, or null when it did not.</summary>
    private static List<NodeData>? GrowLevel(SearchSide side, SearchSide other, RelCheck check, HashSet<RelData>? used, bool all)
    {
        var level = side.Level + 1;
        var next = new List<NodeData>();
        List<NodeData>? meetings = null;
        foreach (var node in side.Frontier)
        {
            foreach (var (rel, reached) in Neighbours(node, side.Direction))
            {
                if (!RelMatches(rel, check) || (used is not null && used.Contains(rel))) continue;
                if (side.Depth.TryGetValue(reached, out var depth))
                {
                    // Another route of the same length: only allShortestPaths needs it.
                    if (depth == level && all) side.Parents[reached].Add((rel, node));
                    continue;
                }
                side.Depth[reached] = level;
                side.Parents[reached] = [(rel, node)];
                next.Add(reached);
                if (other.Depth.ContainsKey(reached)) (meetings ??= []).Add(reached);
            }
            if (meetings is not null && !all) break;
        }
        side.Frontier = next;
        side.Level = level;
        return meetings;
    }

    /// <summary>The chains of steps from a side's origin to a node it reached, origin first.</summary>
    private static IEnumerable<FoundPath> Chains(SearchSide side, NodeData node)
    {
        if (!side.Parents.TryGetValue(node, out var parents))
        {
            yield return new FoundPath([node], []);
            yield break;
        }
        foreach (var (rel, from) in parents)
            foreach (var chain in Chains(side, from))
            {
                chain.Nodes.Add(node);
                chain.Rels.Add(rel);
                yield return chain;
            }
    }
}
