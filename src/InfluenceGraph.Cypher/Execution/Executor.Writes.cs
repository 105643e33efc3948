using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    private static List<Row> Create(CreateClause create, List<Row> rows, QueryContext ctx)
    {
        var result = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            var current = row;
            foreach (var part in create.Patterns) current = CreatePart(part, current, ctx, merging: false);
            result.Add(current);
        }
        return result;
    }

    /// <summary>Creates a pattern's unbound nodes and all its relationships (CREATE, and MERGE when nothing matched).</summary>
    private static Row CreatePart(PatternPart part, Row row, QueryContext ctx, bool merging)
    {
        var writer = ctx.RequireWriter();
        var nodes = new NodeData[part.Nodes.Count];
        for (var i = 0; i < part.Nodes.Count; i++)
        {
            var pattern = part.Nodes[i];
            if (pattern.Variable is { } name && row.TryGet(name, out var existing))
            {
                if (existing is not NodeData node)
                    throw existing is null
                        ? Errors.CreateOnNullNode(name, pattern.Pos)
                        : Errors.TypeMismatch("Node", existing, pattern.Pos);
                if (part.Nodes.Count == 1 || pattern.Labels.Count > 0 || pattern.Properties is not null)
                    throw Errors.AlreadyDeclared(name, pattern.Pos);
                nodes[i] = node;
                continue;
            }
            var labels = LabelNames(pattern.Labels, row, ctx);
            var properties = PropertyList(pattern.Properties, row, ctx, merging ? "node" : null, pattern.Pos);
            var created = writer.CreateNode(labels, properties);
            ctx.Counters.NodesCreated++;
            ctx.Counters.LabelsAdded += created.Labels.Count;
            ctx.Counters.PropertiesSet += created.Properties.Count;
            nodes[i] = created;
            if (pattern.Variable is not null) row = row.With(pattern.Variable, created);
        }
        var rels = new RelData[part.Rels.Count];
        for (var i = 0; i < part.Rels.Count; i++)
        {
            var pattern = part.Rels[i];
            if (pattern.Length is not null) throw Errors.CreateVariableLength(pattern.Pos);
            if (pattern.Types.Count != 1) throw Errors.CreateNeedsOneType(pattern.Pos);
            if (pattern.Direction == Direction.Both && !merging) throw Errors.CreateNeedsDirection(pattern.Pos);
            if (pattern.Variable is { } name && row.Has(name)) throw Errors.AlreadyDeclared(name, pattern.Pos);
            var type = LabelNames(pattern.Types, row, ctx)[0];
            var properties = PropertyList(pattern.Properties, row, ctx, merging ? "relationship" : null, pattern.Pos);
            var (start, end) = pattern.Direction == Direction.Incoming ? (nodes[i + 1], nodes[i]) : (nodes[i], nodes[i + 1]);
            var rel = writer.CreateRelationship(type, start, end, properties);
            ctx.Counters.RelationshipsCreated++;
            ctx.Counters.PropertiesSet += rel.Properties.Count;
            rels[i] = rel;
            if (pattern.Variable is not null) row = row.With(pattern.Variable, rel);
        }
        if (part.PathVariable is not null) row = row.With(part.PathVariable, new PathValue(nodes, rels));
        return row;
    }

    private static List<string> LabelNames(IReadOnlyList<LabelRef> refs, Row row, QueryContext ctx)
    {
        var names = new List<string>();
        foreach (var label in refs)
        {
            var name = label.Name ?? Evaluator.Eval(label.Dynamic!, row, ctx) switch
            {
                string s when s.Length > 0 => s,
                var other => throw Errors.DynamicName(other, label.Dynamic!.Pos),
            };
            if (!names.Contains(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>A pattern's property map, validated for storage; null values are dropped (or refused when merging).</summary>
    private static List<KeyValuePair<string, object?>> PropertyList(Expr? expr, Row row, QueryContext ctx, string? mergeKind, SourcePos pos)
    {
        var result = new List<KeyValuePair<string, object?>>();
        if (expr is null) return result;
        IEnumerable<KeyValuePair<string, object?>> map;
        if (expr is MapLiteral literal && DistinctKeys(literal)) map = EvalEntries(literal, row, ctx);
        else
        {
            var value = Evaluator.Eval(expr, row, ctx);
            if (value is null) return result;
            map = value as IReadOnlyDictionary<string, object?> ?? throw Errors.TypeMismatch("Map", value, expr.Pos);
        }
        foreach (var (key, item) in map)
        {
            if (item is null)
            {
                if (mergeKind is not null) throw Errors.MergeNullProperty(mergeKind, key, pos);
                continue;
            }
            result.Add(new(key, StorableValue(item, expr.Pos)));
        }
        return result;
    }

    private static bool DistinctKeys(MapLiteral literal)
    {
        var entries = literal.Entries;
        for (var i = 1; i < entries.Count; i++)
            for (var j = 0; j < i; j++)
                if (entries[i].Key == entries[j].Key) return false;
        return true;
    }

    // A map literal's entries in order, without building the map value (its keys are distinct).
    private static KeyValuePair<string, object?>[] EvalEntries(MapLiteral literal, Row row, QueryContext ctx)
    {
        var entries = new KeyValuePair<string, object?>[literal.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = new(literal.Entries[i].Key, Evaluator.Eval(literal.Entries[i].Value, row, ctx));
        return entries;
    }

    /// <summary>Neo4j stores only simple values and homogeneous lists of them (no nulls inside, no maps).</summary>
    internal static object? StorableValue(object? value, SourcePos pos)
    {
        switch (value)
        {
            case null or bool or long or double or string: return value;
            case var _ when Temporal.IsTemporal(value): return value;
            case IReadOnlyList<object?> list:
                if (list.Any(item => item is not (bool or long or double or string) && !Temporal.IsTemporal(item)))
                    throw Errors.InvalidPropertyValue(list.First(item => item is not (bool or long or double or string) && !Temporal.IsTemporal(item)), pos);
                if (list.Select(item => item is long or double ? "number" : item!.GetType().Name).Distinct().Count() > 1)
                    throw Errors.MixedListProperty(pos);
                return list.ToList();
            default: throw Errors.InvalidPropertyValue(value, pos);
        }
    }

    private static List<Row> Merge(MergeClause merge, List<Row> rows, QueryContext ctx)
    {
        var result = new List<Row>();
        foreach (var row in rows) MergeRow(merge, row, ctx, result);
        return result;
    }

    private static void MergeRow(MergeClause merge, Row row, QueryContext ctx, List<Row>? result)
    {
        var matches = Matcher.Match([merge.Pattern], row, ctx).ToList();
        if (matches.Count > 0)
        {
            foreach (var matched in matches)
            {
                var updated = ApplySetItems(merge.OnMatch, matched, ctx);
                result?.Add(updated);
            }
            return;
        }
        var created = ApplySetItems(merge.OnCreate, CreatePart(merge.Pattern, row, ctx, merging: true), ctx);
        result?.Add(created);
    }
}
