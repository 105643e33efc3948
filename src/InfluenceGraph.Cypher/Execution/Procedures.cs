using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// The built-in procedures (Neo4j 5 manual, "Procedures": db.labels, db.relationshipTypes, db.propertyKeys) and the
/// SHOW CONSTRAINTS / SHOW INDEXES commands, with Neo4j's column names.
/// </summary>
internal static class Procedures
{
    private static readonly Dictionary<string, (string Name, string[] Columns, Func<GraphStore, IEnumerable<object?[]>> Rows)> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["db.labels"] = ("db.labels", ["label"], store => Labels(store).Select(l => new object?[] { l })),
            ["db.relationshipTypes"] = ("db.relationshipTypes", ["relationshipType"], store => RelationshipTypes(store).Select(t => new object?[] { t })),
            ["db.propertyKeys"] = ("db.propertyKeys", ["propertyKey"], store => PropertyKeys(store).Select(k => new object?[] { k })),
        };

    public static readonly string[] ConstraintColumns = ["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"];

    public static readonly string[] IndexColumns =
        ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint"];

    /// <summary>The procedure's result columns; an error for a procedure the engine does not have or a wrong argument count.</summary>
    public static IReadOnlyList<string> Columns(string name, int arguments, SourcePos pos)
    {
        if (!Known.TryGetValue(name, out var procedure)) throw Errors.UnknownProcedure(name, pos);
        if (arguments != 0) throw Errors.ProcedureArity(procedure.Name, arguments, pos);
        return procedure.Columns;
    }

    public static IEnumerable<object?[]> Rows(string name, GraphStore store) => Known[name].Rows(store);

    private static IEnumerable<string> Labels(GraphStore store) =>
        store.LabelIndex.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key).Order(StringComparer.Ordinal);

    private static IEnumerable<string> RelationshipTypes(GraphStore store) =>
        store.Relationships.Values.Select(r => r.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static IEnumerable<string> PropertyKeys(GraphStore store) =>
        store.Nodes.Values.SelectMany(n => n.Properties.Keys).Concat(store.Relationships.Values.SelectMany(r => r.Properties.Keys))
            .Concat(store.Constraints.Values.Select(c => c.Property)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>One row per unique constraint, by name.</summary>
    public static IEnumerable<object?[]> Constraints(GraphStore store) =>
        store.Constraints.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select((c, i) => new object?[]
        {
            (long)i + 1, c.Name, "UNIQUENESS", "NODE", new List<object?> { c.Label }, new List<object?> { c.Property }, c.Name, null,
        });

    /// <summary>The label lookup index every store has, then the range index behind each unique constraint.</summary>
    public static IEnumerable<object?[]> Indexes(GraphStore store)
    {
        yield return [1L, "node_label_lookup_index", "ONLINE", 100.0, "LOOKUP", "NODE", null, null, "token-lookup-1.0", null];
        var id = 2L;
        foreach (var c in store.Constraints.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
            yield return [id++, c.Name, "ONLINE", 100.0, "RANGE", "NODE", new List<object?> { c.Label }, new List<object?> { c.Property }, "range-1.0", c.Name];
    }
}
