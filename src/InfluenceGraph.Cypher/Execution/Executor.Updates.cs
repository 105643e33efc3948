using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    private static List<Row> Set(IReadOnlyList<SetItem> items, List<Row> rows, QueryContext ctx)
    {
        foreach (var row in rows) ApplySetItems(items, row, ctx);
        return rows;
    }

    /// <summary>Applies SET / REMOVE items (also ON CREATE SET and ON MATCH SET) to one row's entities.</summary>
    internal static Row ApplySetItems(IReadOnlyList<SetItem> items, Row row, QueryContext ctx)
    {
        if (items.Count == 0) return row;
        var writer = ctx.RequireWriter();
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty set:
                    SetOne(Evaluator.Eval(set.Target, row, ctx), set.Key, StorableValue(Evaluator.Eval(set.Value, row, ctx), set.Pos), set.Pos, ctx);
                    break;
                case RemoveProperty remove:
                    SetOne(Evaluator.Eval(remove.Target, row, ctx), remove.Key, null, remove.Pos, ctx);
                    break;
                case SetAllProperties all:
                {
                    var target = BoundValue(row, all.Variable, all.Pos);
                    if (target is null) break;
                    var source = Evaluator.Eval(all.Value, row, ctx);
                    var map = source is null ? [] : Evaluator.PropertiesOf(source, all.Pos).ToList();
                    if (!all.Merge)
                    {
                        var keep = map.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
                        foreach (var key in Evaluator.PropertiesOf(target, all.Pos).Select(kv => kv.Key).ToList())
                            if (!keep.Contains(key)) SetOne(target, key, null, all.Pos, ctx);
                    }
                    foreach (var (key, value) in map) SetOne(target, key, StorableValue(value, all.Pos), all.Pos, ctx);
                    break;
                }
                case SetLabels labels:
                {
                    if (BoundValue(row, labels.Variable, labels.Pos) is not { } target) break;
                    if (target is not NodeData node) throw Errors.TypeMismatch("Node", target, labels.Pos);
                    foreach (var label in LabelNames(labels.Labels, row, ctx))
                        if (writer.AddLabel(node, label)) ctx.Counters.LabelsAdded++;
                    break;
                }
                case RemoveLabels labels:
                {
                    if (BoundValue(row, labels.Variable, labels.Pos) is not { } target) break;
                    if (target is not NodeData node) throw Errors.TypeMismatch("Node", target, labels.Pos);
                    foreach (var label in LabelNames(labels.Labels, row, ctx))
                        if (writer.RemoveLabel(node, label)) ctx.Counters.LabelsRemoved++;
                    break;
                }
            }
        }
        return row;
    }

    private static object? BoundValue(Row row, string name, SourcePos pos) =>
        row.TryGet(name, out var value) ? value : throw Errors.VariableNotDefined(name, pos);

    private static void SetOne(object? target, string key, object? value, SourcePos pos, QueryContext ctx)
    {
        var writer = ctx.RequireWriter();
        switch (target)
        {
            case null: return;
            case NodeData node:
                if (node.Deleted) throw Errors.DeletedEntity("Node", node.Id, pos);
                if (value is null && !node.Properties.ContainsKey(key)) return;
                writer.SetNodeProperty(node, key, value);
                break;
            case RelData rel:
                if (rel.Deleted) throw Errors.DeletedEntity("Relationship", rel.Id, pos);
                if (value is null && !rel.Properties.ContainsKey(key)) return;
                writer.SetRelationshipProperty(rel, key, value);
                break;
            default:
                throw Errors.TypeMismatch("Node or Relationship", target, pos);
        }
        ctx.Counters.PropertiesSet++;
    }

    private static List<Row> Delete(DeleteClause delete, List<Row> rows, QueryContext ctx)
    {
        var writer = ctx.RequireWriter();
        var pending = new List<NodeData>();
        void DeleteRel(RelData rel)
        {
            if (rel.Deleted) return;
            writer.DeleteRelationship(rel);
            ctx.Counters.RelationshipsDeleted++;
        }
        foreach (var row in rows)
        {
            foreach (var target in delete.Targets)
            {
                switch (Evaluator.Eval(target, row, ctx))
                {
                    case null: break;
                    case RelData rel: DeleteRel(rel); break;
                    case NodeData node:
                        if (delete.Detach)
                            foreach (var rel in node.Outgoing.Concat(node.Incoming).ToList()) DeleteRel(rel);
                        pending.Add(node);
                        break;
                    case PathValue path:
                        foreach (var rel in path.Relationships) DeleteRel(rel);
                        pending.AddRange(path.Nodes);
                        break;
                    case var other:
                        throw Errors.TypeMismatch("Node, Relationship or Path", other, target.Pos);
                }
            }
        }
        // Checked after the whole clause, so `DELETE n, r` may name a node before its relationship.
        foreach (var node in pending)
        {
            if (node.Deleted) continue;
            if (node.Degree > 0) throw Errors.DeleteConnectedNode(node.Id);
            writer.DeleteNode(node);
            ctx.Counters.NodesDeleted++;
        }
        return rows;
    }

    private static List<Row> CreateConstraint(CreateConstraintClause clause, List<Row> rows, QueryContext ctx)
    {
        var store = ctx.Store;
        var name = clause.Name ?? $"constraint_{clause.Label}_{clause.Property}".ToLowerInvariant();
        var equivalent = store.ConstraintFor(clause.Label, clause.Property);
        if (equivalent is not null || store.Constraints.ContainsKey(name))
        {
            if (clause.IfNotExists) return rows;
            throw Errors.ConstraintExists(equivalent?.Name ?? name);
        }
        ctx.RequireWriter().CreateConstraint(name, clause.Label, clause.Property);
        ctx.Counters.ConstraintsAdded++;
        return rows;
    }

    private static List<Row> DropConstraint(DropConstraintClause clause, List<Row> rows, QueryContext ctx)
    {
        if (!ctx.Store.Constraints.ContainsKey(clause.Name))
        {
            if (clause.IfExists) return rows;
            throw Errors.ConstraintNotFound(clause.Name);
        }
        ctx.RequireWriter().DropConstraint(clause.Name);
        ctx.Counters.ConstraintsRemoved++;
        return rows;
    }
}
