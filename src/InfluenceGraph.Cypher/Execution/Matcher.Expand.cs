using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Matcher
{
    // Expands from position `at` towards the end of the chain; when it reaches the end, turns to expand left of the anchor.
    private static IEnumerable<Row> ExpandRight(int anchor, int at, Row row, PartState state, NodeCheck[] nodes, RelCheck[] rels,
        HashSet<RelData>? used, PatternPart part, QueryContext ctx)
    {
        if (at == nodes.Length - 1)
        {
            foreach (var result in ExpandLeft(anchor, row, state, nodes, rels, used, part, ctx)) yield return result;
            yield break;
        }
        // Anchored at the start and one step from the end (the usual shape): each step's row is a result.
        var finishes = anchor == 0 && at + 1 == nodes.Length - 1 && part.PathVariable is null;
        foreach (var next in Step(at, at + 1, at, rightward: true, row, state, nodes, rels, used))
        {
            if (finishes)
            {
                yield return next;
                continue;
            }
            foreach (var result in ExpandRight(anchor, at + 1, next, state, nodes, rels, used, part, ctx))
                yield return result;
        }
    }

    private static IEnumerable<Row> ExpandLeft(int at, Row row, PartState state, NodeCheck[] nodes, RelCheck[] rels,
        HashSet<RelData>? used, PatternPart part, QueryContext ctx)
    {
        if (at == 0)
        {
            yield return part.PathVariable is null ? row : row.With(part.PathVariable, BuildPath(state));
            yield break;
        }
        foreach (var next in Step(at, at - 1, at - 1, rightward: false, row, state, nodes, rels, used))
            foreach (var result in ExpandLeft(at - 1, next, state, nodes, rels, used, part, ctx))
                yield return result;
    }

    /// <summary>Crosses relationship pattern `relIndex` from node position `from` to `to`, binding what it finds.</summary>
    private static IEnumerable<Row> Step(int from, int to, int relIndex, bool rightward, Row row, PartState state,
        NodeCheck[] nodes, RelCheck[] rels, HashSet<RelData>? used) =>
        rels[relIndex].Pattern.Length is null
            ? StepOne(from, to, relIndex, rightward, row, state, nodes, rels, used)
            : StepMany(from, to, relIndex, rightward, row, state, nodes, rels, used);

    // One hop: reads the adjacency lists in place (no walk, no trail), the common case worth keeping lean.
    private static IEnumerable<Row> StepOne(int from, int to, int relIndex, bool rightward, Row row, PartState state,
        NodeCheck[] nodes, RelCheck[] rels, HashSet<RelData>? used)
    {
        var check = rels[relIndex];
        var pattern = check.Pattern;
        var direction = rightward ? pattern.Direction : Flip(pattern.Direction);
        var start = state.Nodes[from]!;
        object? boundRel = null;
        var relBound = pattern.Variable is { } relName && row.TryGet(relName, out boundRel);
        var target = nodes[to];
        var outgoing = direction != Direction.Incoming ? start.Outgoing : null;
        var incoming = direction != Direction.Outgoing ? start.Incoming : null;
        var outCount = outgoing?.Count ?? 0;
        var total = outCount + (incoming?.Count ?? 0);
        for (var k = 0; k < total; k++)
        {
            RelData rel;
            NodeData other;
            if (k < outCount)
            {
                rel = outgoing![k];
                other = rel.End;
            }
            else
            {
                rel = incoming![k - outCount];
                if (direction == Direction.Both && ReferenceEquals(rel.Start, rel.End)) continue;
                other = rel.Start;
            }
            if (relBound && !ReferenceEquals(boundRel, rel)) continue;
            if ((used is not null && used.Contains(rel)) || !RelMatches(rel, check) || !NodeMatches(other, target, row)) continue;
            var next = Bind(row, target.Pattern.Variable, other);
            if (next is null) continue;
            if (pattern.Variable is { } name && !relBound) next = next.With(name, rel);
            state.Nodes[to] = other;
            state.Single[relIndex] = rel;
            state.Segments[relIndex] = null;
            used?.Add(rel);
            yield return next;
            used?.Remove(rel);
        }
    }

    private static IEnumerable<Row> StepMany(int from, int to, int relIndex, bool rightward, Row row, PartState state,
        NodeCheck[] nodes, RelCheck[] rels, HashSet<RelData>? used)
    {
        var check = rels[relIndex];
        var pattern = check.Pattern;
        var direction = rightward ? pattern.Direction : Flip(pattern.Direction);
        var start = state.Nodes[from]!;
        object? boundRel = null;
        var relBound = pattern.Variable is { } relName && row.TryGet(relName, out boundRel);
        var min = pattern.Length?.Min ?? 1;
        var max = pattern.Length is null ? 1 : pattern.Length.Max ?? int.MaxValue;
        var trail = new List<RelData>();
        var inner = new List<NodeData>();
        foreach (var end in Walk(start, direction, check, min, max, used, trail, inner))
        {
            if (relBound && pattern.Length is null && !ReferenceEquals(boundRel, trail[0])) continue;
            if (relBound && pattern.Length is not null && !SameRelationships(boundRel, trail, rightward)) continue;
            if (!NodeMatches(end, nodes[to], row)) continue;
            var next = Bind(row, nodes[to].Pattern.Variable, end);
            if (next is null) continue;
            var segment = rightward ? trail.ToList() : Enumerable.Reverse(trail).ToList();
            var between = rightward ? inner.ToList() : Enumerable.Reverse(inner).ToList();
            if (pattern.Variable is { } name && !relBound)
                next = next.With(name, pattern.Length is null ? segment[0] : segment.Cast<object?>().ToList());
            state.Nodes[to] = end;
            state.Segments[relIndex] = segment;
            state.Inner[relIndex] = between;
            if (used is not null) foreach (var rel in segment) used.Add(rel);
            yield return next;
            if (used is not null) foreach (var rel in segment) used.Remove(rel);
        }
    }

    /// <summary>Depth-first walks of min..max relationships from a node; yields each walk's end (trail holds the walk).</summary>
    private static IEnumerable<NodeData> Walk(NodeData node, Direction direction, RelCheck check, int min, int max,
        HashSet<RelData>? used, List<RelData> trail, List<NodeData> inner)
    {
        if (trail.Count >= min) yield return node;
        if (trail.Count >= max) yield break;
        foreach (var (rel, other) in Neighbours(node, direction))
        {
            if ((used is not null && used.Contains(rel)) || trail.Contains(rel) || !RelMatches(rel, check)) continue;
            if (trail.Count > 0) inner.Add(node);
            trail.Add(rel);
            foreach (var end in Walk(other, direction, check, min, max, used, trail, inner)) yield return end;
            trail.RemoveAt(trail.Count - 1);
            if (trail.Count > 0) inner.RemoveAt(inner.Count - 1);
        }
    }

    // Index loops rather than foreach: a match is always read whole before any clause writes, so the lists hold still.
    private static IEnumerable<(RelData Rel, NodeData Other)> Neighbours(NodeData node, Direction direction)
    {
        if (direction != Direction.Incoming)
        {
            var outgoing = node.Outgoing;
            for (var i = 0; i < outgoing.Count; i++) yield return (outgoing[i], outgoing[i].End);
        }
        if (direction != Direction.Outgoing)
        {
            var incoming = node.Incoming;
            for (var i = 0; i < incoming.Count; i++)
                if (direction == Direction.Incoming || !ReferenceEquals(incoming[i].Start, incoming[i].End)) yield return (incoming[i], incoming[i].Start);
        }
    }

    // A variable-length pattern whose variable is already bound (to a list of relationships) must walk exactly that list.
    private static bool SameRelationships(object? bound, List<RelData> trail, bool rightward)
    {
        if (bound is not IReadOnlyList<object?> list || list.Count != trail.Count) return false;
        for (var i = 0; i < trail.Count; i++)
            if (!ReferenceEquals(list[i], trail[rightward ? i : trail.Count - 1 - i])) return false;
        return true;
    }

    private static Direction Flip(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };

    private static PathValue BuildPath(PartState state)
    {
        var nodes = new List<NodeData> { state.Nodes[0]! };
        var rels = new List<RelData>();
        for (var i = 0; i < state.Segments.Length; i++)
        {
            if (state.Segments[i] is { } segment)
            {
                // A zero-length segment ends where it starts: the path does not visit that node twice.
                if (segment.Count == 0) continue;
                rels.AddRange(segment);
                nodes.AddRange(state.Inner[i]);
            }
            else rels.Add(state.Single[i]!);
            nodes.Add(state.Nodes[i + 1]!);
        }
        return new PathValue(nodes, rels);
    }
}
