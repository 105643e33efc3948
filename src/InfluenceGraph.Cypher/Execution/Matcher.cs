using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Finds the matches of a MATCH pattern for one input row. Each pattern part starts from its cheapest anchor node
/// (a bound variable, a unique-index hit, the smallest label set, else every node), expands right to the end of
/// the chain, then left to its start. Relationships are unique within one MATCH (openCypher's
/// relationship-isomorphism), across all comma-separated parts.
/// </summary>
internal static partial class Matcher
{
    public static IEnumerable<Row> Match(IReadOnlyList<PatternPart> parts, Row row, QueryContext ctx) =>
        MatchParts(parts, 0, row, NeedsUniqueness(parts) ? [] : null, ctx);

    // Relationship uniqueness only constrains a MATCH with more than one relationship pattern or a variable-length one.
    private static bool NeedsUniqueness(IReadOnlyList<PatternPart> parts)
    {
        var rels = 0;
        foreach (var part in parts)
            foreach (var rel in part.Rels)
                if (++rels > 1 || rel.Length is not null) return true;
        return false;
    }

    private static IEnumerable<Row> MatchParts(IReadOnlyList<PatternPart> parts, int index, Row row, HashSet<RelData>? used, QueryContext ctx)
    {
        if (index == parts.Count)
        {
            yield return row;
            yield break;
        }
        // The last part's matches are the results: no further iterator per match.
        if (index == parts.Count - 1)
        {
            foreach (var matched in MatchPart(parts[index], row, used, ctx)) yield return matched;
            yield break;
        }
        foreach (var matched in MatchPart(parts[index], row, used, ctx))
            foreach (var result in MatchParts(parts, index + 1, matched, used, ctx))
                yield return result;
    }

    /// <summary>A pattern element's constraints, evaluated once per input row.</summary>
    private sealed record NodeCheck(NodePattern Pattern, string[] Labels, IReadOnlyDictionary<string, object?>? Properties);

    private sealed record RelCheck(RelPattern Pattern, string[] Types, IReadOnlyDictionary<string, object?>? Properties);

    private sealed class PartState(int nodes)
    {
        public NodeData?[] Nodes { get; } = new NodeData?[nodes];
        /// <summary>The relationship a single-hop pattern crossed (its segment is then null).</summary>
        public RelData?[] Single { get; } = new RelData?[Math.Max(0, nodes - 1)];
        public List<RelData>?[] Segments { get; } = new List<RelData>?[Math.Max(0, nodes - 1)];
        public List<NodeData>[] Inner { get; } = new List<NodeData>[Math.Max(0, nodes - 1)];
    }

    private static IEnumerable<Row> MatchPart(PatternPart part, Row row, HashSet<RelData>? used, QueryContext ctx)
    {
        if (part.Search != PathSearch.All) return MatchShortest(part, row, used, ctx);
        return MatchChain(part, row, used, ctx);
    }

    private static IEnumerable<Row> MatchChain(PatternPart part, Row row, HashSet<RelData>? used, QueryContext ctx)
    {
        var nodeChecks = part.Nodes.Select(n => new NodeCheck(n, Names(n.Labels, row, ctx), PropertyMap(n.Properties, row, ctx))).ToArray();
        var relChecks = part.Rels.Select(r => new RelCheck(r, Names(r.Types, row, ctx), PropertyMap(r.Properties, row, ctx))).ToArray();
        var anchor = ChooseAnchor(nodeChecks, row, ctx, out var candidates);
        var state = new PartState(part.Nodes.Count);
        foreach (var candidate in candidates)
        {
            if (!NodeMatches(candidate, nodeChecks[anchor], row)) continue;
            var bound = Bind(row, nodeChecks[anchor].Pattern.Variable, candidate);
            if (bound is null) continue;
            if (part.Rels.Count == 0 && part.PathVariable is null)
            {
                yield return bound;
                continue;
            }
            state.Nodes[anchor] = candidate;
            foreach (var result in ExpandRight(anchor, anchor, bound, state, nodeChecks, relChecks, used, part, ctx))
                yield return result;
        }
    }

    private static string[] Names(IReadOnlyList<LabelRef> refs, Row row, QueryContext ctx) =>
        refs.Select(l => l.Name ?? Evaluator.Eval(l.Dynamic!, row, ctx) as string
            ?? throw Errors.DynamicName(null, l.Dynamic!.Pos)).ToArray();

    private static IReadOnlyDictionary<string, object?>? PropertyMap(Expr? expr, Row row, QueryContext ctx)
    {
        if (expr is null) return null;
        return Evaluator.Eval(expr, row, ctx) switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map,
            var other => throw Errors.TypeMismatch("Map", other, expr.Pos),
        };
    }

    // Costs are compared before anything is materialised: only the chosen anchor's candidates are enumerated.
    private static int ChooseAnchor(NodeCheck[] checks, Row row, QueryContext ctx, out IEnumerable<NodeData> candidates)
    {
        var best = 0;
        var bestCost = long.MaxValue;
        for (var i = 0; i < checks.Length && bestCost > 0; i++)
        {
            var cost = AnchorCost(checks[i], row, ctx);
            if (cost >= bestCost) continue;
            best = i;
            bestCost = cost;
        }
        candidates = AnchorCandidates(checks[best], row, ctx);
        return best;
    }

    private static long AnchorCost(NodeCheck check, Row row, QueryContext ctx)
    {
        if (check.Pattern.Variable is { } name && row.Has(name)) return 0;
        if (IndexFor(check, ctx) is not null) return 1;
        if (SmallestLabelSet(check, ctx) is var (_, count)) return 2 + count;
        return 3L + ctx.Store.Nodes.Count;
    }

    private static IEnumerable<NodeData> AnchorCandidates(NodeCheck check, Row row, QueryContext ctx)
    {
        if (check.Pattern.Variable is { } name && row.TryGet(name, out var value)) return value is NodeData node ? [node] : [];
        if (IndexFor(check, ctx) is var (constraint, key))
            return key is not null && constraint.Index.TryGetValue(key, out var hit) ? [hit] : [];
        if (SmallestLabelSet(check, ctx) is var (set, _)) return set ?? (IEnumerable<NodeData>)[];
        return ctx.Store.Nodes.Values;
    }

    private static (LabelSet? Set, int Count)? SmallestLabelSet(NodeCheck check, QueryContext ctx)
    {
        if (check.Labels.Length == 0) return null;
        LabelSet? smallest = null;
        var count = int.MaxValue;
        foreach (var label in check.Labels)
        {
            var set = ctx.Store.LabelSetOf(label);
            if ((set?.Count ?? 0) >= count) continue;
            smallest = set;
            count = set?.Count ?? 0;
        }
        return (smallest, count);
    }

    /// <summary>A unique-constraint index that answers this node pattern, and the value to look up in it.</summary>
    private static (UniqueConstraint Constraint, object? Value)? IndexFor(NodeCheck check, QueryContext ctx)
    {
        if (check.Properties is null || ctx.Store.Constraints.Count == 0) return null;
        foreach (var label in check.Labels)
            foreach (var (key, value) in check.Properties)
                if (ctx.Store.ConstraintFor(label, key) is { } constraint)
                    return (constraint, value);
        return null;
    }

    private static bool NodeMatches(NodeData node, NodeCheck check, Row row)
    {
        if (node.Deleted) return false;
        foreach (var label in check.Labels)
            if (!node.HasLabel(label)) return false;
        if (check.Properties is not null)
            foreach (var (key, value) in check.Properties)
                if (Values.Equal(node.Properties.GetValueOrDefault(key), value) != true) return false;
        return true;
    }

    private static bool RelMatches(RelData rel, RelCheck check)
    {
        if (rel.Deleted) return false;
        if (check.Types.Length > 0 && !check.Types.Contains(rel.Type, StringComparer.Ordinal)) return false;
        if (check.Properties is not null)
            foreach (var (key, value) in check.Properties)
                if (Values.Equal(rel.Properties.GetValueOrDefault(key), value) != true) return false;
        return true;
    }

    /// <summary>Binds a variable, or checks it against its existing binding; null when they disagree.</summary>
    private static Row? Bind(Row row, string? name, object value)
    {
        if (name is null) return row;
        if (row.TryGet(name, out var existing))
            return existing is not null && ValueEquality.Instance.Equals(existing, value) ? row : null;
        return row.With(name, value);
    }
}
