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
        MatchParts(parts, 0, row, [], ctx);

    private static IEnumerable<Row> MatchParts(IReadOnlyList<PatternPart> parts, int index, Row row, HashSet<RelData> used, QueryContext ctx)
    {
        if (index == parts.Count)
        {
            yield return row;
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
        public List<RelData>[] Segments { get; } = new List<RelData>[Math.Max(0, nodes - 1)];
        public List<NodeData>[] Inner { get; } = new List<NodeData>[Math.Max(0, nodes - 1)];
    }

    private static IEnumerable<Row> MatchPart(PatternPart part, Row row, HashSet<RelData> used, QueryContext ctx)
    {
        if (part.Search != PathSearch.All) return MatchShortest(part, row, used, ctx);
        return MatchChain(part, row, used, ctx);
    }

    private static IEnumerable<Row> MatchChain(PatternPart part, Row row, HashSet<RelData> used, QueryContext ctx)
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

    private static int ChooseAnchor(NodeCheck[] checks, Row row, QueryContext ctx, out IEnumerable<NodeData> candidates)
    {
        var best = 0;
        var bestCost = long.MaxValue;
        candidates = [];
        for (var i = 0; i < checks.Length; i++)
        {
            var check = checks[i];
            long cost;
            IEnumerable<NodeData> found;
            if (check.Pattern.Variable is { } name && row.TryGet(name, out var value))
            {
                cost = 0;
                found = value is NodeData node ? [node] : [];
            }
            else if (IndexLookup(check, ctx) is { } hit)
            {
                cost = 1;
                found = hit;
            }
            else if (check.Labels.Length > 0)
            {
                var smallest = check.Labels.Select(l => ctx.Store.LabelIndex.GetValueOrDefault(l)).MinBy(s => s?.Count ?? 0);
                cost = 2 + (smallest?.Count ?? 0);
                found = smallest?.ToList() ?? [];
            }
            else
            {
                cost = 3L + ctx.Store.Nodes.Count;
                found = ctx.Store.Nodes.Values.ToList();
            }
            if (cost < bestCost)
            {
                best = i;
                bestCost = cost;
                candidates = found;
            }
        }
        return best;
    }

    private static IEnumerable<NodeData>? IndexLookup(NodeCheck check, QueryContext ctx)
    {
        if (check.Properties is null) return null;
        foreach (var label in check.Labels)
            foreach (var (key, value) in check.Properties)
                if (ctx.Store.ConstraintFor(label, key) is { } constraint)
                    return value is not null && constraint.Index.TryGetValue(value, out var node) ? [node] : [];
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
