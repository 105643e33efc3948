using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal sealed partial class BulkPlan
{
    /// <summary>Writes one row: what the general path's CREATE, MERGE or MATCH + CREATE does for it, in the same order.</summary>
    public void Write(object? item, GraphWriter writer, QueryContext ctx)
    {
        foreach (var spec in _creates) CreateNode(spec, Evaluate(spec.Props, item, ctx), merging: false, writer, ctx);
        if (_merge is not null) Merge(_merge, _mergeKey!, _mergeActions, item, writer, ctx);
        if (_lookups.Length > 0) CreateRelationships(item, writer, ctx);
    }

    private static void Merge(NodeSpec spec, UniqueConstraint index, MergeActions? actions, object? item, GraphWriter writer, QueryContext ctx)
    {
        var values = Evaluate(spec.Props, item, ctx);
        var entry = Array.FindIndex(spec.Props.Entries, e => e.Key == index.Property);
        var found = Find(index, values[entry], spec.Labels, spec.Props, values);
        var node = found ?? CreateNode(spec, values, merging: true, writer, ctx);
        if (actions is null) return;
        var items = found is null ? actions.OnCreate : actions.OnMatch;
        if (items.Count > 0) Executor.ApplySetItems(items, new Row().With(actions.Variable, item).With(actions.Node, node), ctx);
    }

    private void CreateRelationships(object? item, GraphWriter writer, QueryContext ctx)
    {
        var nodes = _found;
        for (var i = 0; i < _lookups.Length; i++)
        {
            var lookup = _lookups[i];
            var values = _lookupValues[i];
            Evaluate(lookup.Props, item, ctx, values);
            if (Find(lookup.Index, values[lookup.KeyEntry], lookup.Labels, lookup.Props, values) is not { } node) return;
            nodes[i] = node;
        }
        foreach (var rel in _rels)
        {
            var type = rel.Type ?? rel.DynamicType!(item, ctx) switch
            {
                string s when s.Length > 0 => s,
                var other => throw Errors.DynamicName(other, rel.TypePos),
            };
            var properties = Storable(rel.Props, Evaluate(rel.Props, item, ctx), mergeKind: null, rel.TypePos);
            var created = writer.CreateRelationship(type, nodes[rel.Start], nodes[rel.End], properties);
            ctx.Counters.RelationshipsCreated++;
            ctx.Counters.PropertiesSet += properties.Count;
        }
    }

    // The matcher's anchor through a unique index, then its node check: live, every label, every property equal.
    private static NodeData? Find(UniqueConstraint index, object? key, string[] labels, PropMap props, object?[] values)
    {
        if (key is null || !index.Index.TryGetValue(key, out var node) || node.Deleted) return null;
        foreach (var label in labels)
            if (!node.HasLabel(label)) return null;
        for (var i = 0; i < values.Length; i++)
            if (Values.Equal(node.Properties.GetValueOrDefault(props.Entries[i].Key), values[i]) != true) return null;
        return node;
    }

    private static NodeData CreateNode(NodeSpec spec, object?[] values, bool merging, GraphWriter writer, QueryContext ctx)
    {
        var properties = Storable(spec.Props, values, merging ? "node" : null, spec.Pos);
        var created = writer.CreateNode(spec.Labels, properties);
        ctx.Counters.NodesCreated++;
        ctx.Counters.LabelsAdded += created.Labels.Count;
        ctx.Counters.PropertiesSet += properties.Count;
        return created;
    }

    // Every entry is evaluated before any is checked, as the general path evaluates the whole map first.
    private static object?[] Evaluate(PropMap props, object? item, QueryContext ctx) =>
        Evaluate(props, item, ctx, new object?[props.Entries.Length]);

    private static object?[] Evaluate(PropMap props, object? item, QueryContext ctx, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) values[i] = props.Entries[i].Get(item, ctx);
        return values;
    }

    // The bag keeps the values array: over the map's shape when no value is null, else over the keys of those that are not.
    private static PropertyBag Storable(PropMap props, object?[] values, string? mergeKind, SourcePos pos)
    {
        var nulls = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                if (mergeKind is not null) throw Errors.MergeNullProperty(mergeKind, props.Entries[i].Key, pos);
                nulls++;
                continue;
            }
            values[i] = Executor.StorableValue(values[i], props.Pos);
        }
        if (nulls == 0) return PropertyBag.Of(props.Shape, values);
        var keys = new List<string>(values.Length - nulls);
        var kept = new object?[values.Length - nulls];
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } value)
            {
                kept[keys.Count] = value;
                keys.Add(props.Entries[i].Key);
            }
        return PropertyBag.Of(PropertyBag.ShapeOf(keys), kept);
    }
}
