using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Whole-graph counts answered from the store without matching rows: <c>MATCH ()-[r:T]->() RETURN type(r), count(*)</c>
/// reads the per-type relationship counters, and <c>MATCH (a:L)&lt;-[r]-() RETURN a.x, count(r)</c> reads each node's
/// adjacency list length. Only a single MATCH of one relationship with nothing else to check (no WHERE, no property
/// maps, no path variable, no OPTIONAL) directly under a RETURN qualifies; the counters and lists change with every
/// write of the open transaction and with its rollback, so they always agree with what matching would find.
/// </summary>
internal static partial class Executor
{
    private static StatementOutput? TryStoreAggregate(IReadOnlyList<Clause> clauses, QueryContext ctx)
    {
        if (clauses is not [MatchClause { Optional: false, Where: null, Patterns: [var part] }, ReturnClause { Projection: var projection }]
            || projection.Star
            || part is not { PathVariable: null, Search: PathSearch.All, Nodes: [var left, var right], Rels: [var rel] }
            || rel is not { Properties: null, Length: null }
            || left.Properties is not null || right.Properties is not null
            || rel.Types.Any(t => t.Name is null) || left.Labels.Any(l => l.Name is null) || right.Labels.Any(l => l.Name is null)
            || (left.Variable is not null && left.Variable == right.Variable)
            || (rel.Variable is not null && (rel.Variable == left.Variable || rel.Variable == right.Variable)))
            return null;
        var types = rel.Types.Select(t => t.Name!).Distinct(StringComparer.Ordinal).ToArray();
        var items = projection.Items.ToList();
        if (items.GroupBy(i => i.Name).Any(g => g.Count() > 1) || !OrderReadsOnlyColumns(projection, items)) return null;
        var counts = items.Select(i => IsRowCount(i.Expr, rel.Variable)).ToArray();
        var keys = items.Where((_, i) => !counts[i]).ToList();
        if (keys.Any(k => ExprWalker.ContainsAggregate(k.Expr))) return null;

        List<Projected>? groups = null;
        if (left.Variable is null && right.Variable is null && left.Labels.Count == 0 && right.Labels.Count == 0
            && rel.Direction != Direction.Both && keys.All(k => IsTypeOf(k.Expr, rel.Variable)))
            groups = CountsByType(types, items, counts, ctx);
        else
        {
            foreach (var (anchor, other) in new[] { (left, right), (right, left) })
            {
                if (other.Variable is not null || other.Labels.Count > 0 || !keys.All(k => ReadsOnly(k.Expr, anchor.Variable))) continue;
                // Seen from the anchor: Outgoing when the arrow leaves it.
                var direction = rel.Direction == Direction.Both || ReferenceEquals(anchor, left) ? rel.Direction
                    : rel.Direction == Direction.Outgoing ? Direction.Incoming : Direction.Outgoing;
                groups = CountsByNode(anchor, direction, types, items, counts, ctx);
                break;
            }
        }
        if (groups is null) return null;
        if (projection.Distinct) groups = groups.DistinctBy(p => p.Values, RowKeyEquality.Instance).ToList();
        return new StatementOutput(items.Select(i => i.Name).ToList(), OrderAndPage(projection, items, groups, ctx).Select(p => p.Values).ToList());
    }

    // count(*) and count(r) (r is never null in a match) count the matched rows.
    private static bool IsRowCount(Expr expr, string? rel) =>
        expr is CountStar || (rel is not null && expr is FunctionCall { Name: "count", Distinct: false, Args: [Variable v] } && v.Name == rel);

    private static bool IsTypeOf(Expr expr, string? rel) =>
        rel is not null && expr is FunctionCall { Name: "type", Args: [Variable v] } && v.Name == rel;

    // A grouping key that reads the anchor node only: the node itself or one of its properties.
    private static bool ReadsOnly(Expr expr, string? variable) =>
        variable is not null && expr is Variable v && v.Name == variable
        || variable is not null && expr is PropertyAccess { Target: Variable t } && t.Name == variable;

    // ORDER BY may name a column or use an expression of the columns; anything else needs the matched rows.
    private static bool OrderReadsOnlyColumns(Projection projection, List<ProjectionItem> items) =>
        projection.OrderBy.All(order => items.Any(i => string.Equals(i.Text, order.Text, StringComparison.Ordinal))
            || ExprWalker.DescendantsAndSelf(order.Expr).All(e => e switch
            {
                Variable v => items.Any(i => i.Name == v.Name),
                Literal or Parameter or PropertyAccess or Binary or Unary or IsNull => true,
                FunctionCall f => !f.IsAggregate,
                _ => false,
            }));

    private static List<Projected> CountsByType(string[] types, List<ProjectionItem> items, bool[] counts, QueryContext ctx)
    {
        var store = ctx.Store.RelationshipTypeCounts;
        var perType = types.Length == 0
            ? store.Select(kv => (Type: kv.Key, Count: kv.Value)).ToList()
            : types.Where(store.ContainsKey).Select(t => (Type: t, Count: store[t])).ToList();
        var grouped = counts.Contains(false);
        if (!grouped) perType = [(Type: "", Count: perType.Sum(t => t.Count))];
        return perType.Where(t => !grouped || t.Count > 0)
            .Select(t => new Projected(items.Select((_, i) => counts[i] ? (object?)t.Count : t.Type).ToArray(), new Row()))
            .ToList();
    }

    private static List<Projected> CountsByNode(NodePattern anchor, Direction direction, string[] types, List<ProjectionItem> items,
        bool[] counts, QueryContext ctx)
    {
        var labels = anchor.Labels.Select(l => l.Name!).Distinct(StringComparer.Ordinal).ToArray();
        var keyIndexes = Enumerable.Range(0, items.Count).Where(i => !counts[i]).ToArray();
        IEnumerable<NodeData> candidates = ctx.Store.Nodes.Values;
        foreach (var label in labels)
            if (ctx.Store.LabelSetOf(label) is not { } set) return keyIndexes.Length == 0 ? Ungrouped(items, 0) : [];
            else if (candidates is not LabelSet smallest || set.Count < smallest.Count) candidates = set;
        if (keyIndexes.Length == 1 && KeyIsUnique(items[keyIndexes[0]].Expr, labels, ctx))
            return CountsByUniqueKey(candidates, labels, direction, types, items, keyIndexes[0]);
        // The group table is kept per thread from query to query: at thousands of groups its arrays are large
        // objects, and allocating them on every query costs full collections.
        var groups = _degreeGroups ??= new Dictionary<object?[], long>(RowKeyEquality.Instance);
        var order = _degreeGroupOrder ??= [];
        groups.Clear();
        order.Clear();
        var total = 0L;
        foreach (var node in candidates)
        {
            if (!HasLabels(node, labels)) continue;
            var degree = Degree(node, direction, types);
            if (degree == 0) continue;
            total += degree;
            if (keyIndexes.Length == 0) continue;
            var key = new object?[keyIndexes.Length];
            for (var k = 0; k < key.Length; k++)
                key[k] = items[keyIndexes[k]].Expr is PropertyAccess access ? node.Properties.GetValueOrDefault(access.Key) : node;
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out var exists);
            if (!exists) order.Add(key);
            count += degree;
        }
        if (keyIndexes.Length == 0) return Ungrouped(items, total);
        var result = order.Select(key =>
        {
            var values = new object?[items.Count];
            for (var k = 0; k < keyIndexes.Length; k++) values[keyIndexes[k]] = key[k];
            for (var i = 0; i < items.Count; i++)
                if (counts[i]) values[i] = groups[key];
            return new Projected(values, new Row());
        }).ToList();
        groups.Clear();
        order.Clear();
        return result;
    }

    // The node itself, or a property a unique constraint on one of the anchor's labels holds: every node is its own
    // group, but for the one of the nodes without the property.
    private static bool KeyIsUnique(Expr key, string[] labels, QueryContext ctx) =>
        key is Variable || (key is PropertyAccess access && labels.Any(label => ctx.Store.ConstraintFor(label, access.Key) is not null));

    private static List<Projected> CountsByUniqueKey(IEnumerable<NodeData> candidates, string[] labels, Direction direction, string[] types,
        List<ProjectionItem> items, int keyIndex)
    {
        var property = (items[keyIndex].Expr as PropertyAccess)?.Key;
        var empty = new Row();
        var result = new List<Projected>();
        object?[]? missing = null;
        foreach (var node in candidates)
        {
            if (!HasLabels(node, labels)) continue;
            var degree = Degree(node, direction, types);
            if (degree == 0) continue;
            var key = property is null ? node : node.Properties.GetValueOrDefault(property);
            if (key is null && missing is not null)
            {
                for (var i = 0; i < missing.Length; i++)
                    if (i != keyIndex) missing[i] = (long)missing[i]! + degree;
                continue;
            }
            var values = new object?[items.Count];
            for (var i = 0; i < values.Length; i++) values[i] = i == keyIndex ? key : degree;
            if (key is null) missing = values;
            result.Add(new Projected(values, empty));
        }
        return result;
    }

    private static bool HasLabels(NodeData node, string[] labels)
    {
        if (node.Deleted) return false;
        foreach (var label in labels)
            if (!node.HasLabel(label)) return false;
        return true;
    }

    [ThreadStatic] private static Dictionary<object?[], long>? _degreeGroups;
    [ThreadStatic] private static List<object?[]>? _degreeGroupOrder;

    private static List<Projected> Ungrouped(List<ProjectionItem> items, long total) =>
        [new Projected(items.Select(_ => (object?)total).ToArray(), new Row())];

    // The matches of one relationship hop from this node; a self-relationship matches an undirected hop once.
    private static long Degree(NodeData node, Direction direction, string[] types)
    {
        if (types.Length == 0 && direction != Direction.Both)
            return direction == Direction.Outgoing ? node.Outgoing.Count : node.Incoming.Count;
        var degree = 0L;
        if (direction != Direction.Incoming)
            foreach (var rel in node.Outgoing)
                if (types.Length == 0 || types.Contains(rel.Type, StringComparer.Ordinal)) degree++;
        if (direction != Direction.Outgoing)
            foreach (var rel in node.Incoming)
                if ((direction == Direction.Incoming || !ReferenceEquals(rel.Start, rel.End))
                    && (types.Length == 0 || types.Contains(rel.Type, StringComparer.Ordinal))) degree++;
        return degree;
    }
}
