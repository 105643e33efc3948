using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// The procedures a database's statements may CALL: the built-in ones (Neo4j 5 manual, "Procedures": db.labels,
/// db.relationshipTypes, db.propertyKeys, with Neo4j's column names) and those its options register. Also the
/// SHOW CONSTRAINTS / SHOW INDEXES commands.
/// </summary>
internal sealed class ProcedureRegistry
{
    private static readonly CypherProcedure[] BuiltIn =
    [
        new("db.labels", [], [new ProcedureColumn("label", CypherType.String)], call => Labels(call.Store).Select(l => new object?[] { l })),
        new("db.relationshipTypes", [], [new ProcedureColumn("relationshipType", CypherType.String)],
            call => RelationshipTypes(call.Store).Select(t => new object?[] { t })),
        new("db.propertyKeys", [], [new ProcedureColumn("propertyKey", CypherType.String)], call => PropertyKeys(call.Store).Select(k => new object?[] { k })),
    ];

    private readonly Dictionary<string, CypherProcedure> _procedures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in procedures and <paramref name="registered"/>; a name given twice (or a built-in's) is an ArgumentException.</summary>
    public ProcedureRegistry(IEnumerable<CypherProcedure> registered)
    {
        foreach (var procedure in BuiltIn.Concat(registered))
            if (!_procedures.TryAdd(procedure.Name, procedure))
                throw new ArgumentException($"Procedure {procedure.Name} is registered twice (built in: {string.Join(", ", BuiltIn.Select(p => p.Name))})");
    }

    /// <summary>The procedure called <paramref name="name"/>; ProcedureNotFound naming it and its position when there is none.</summary>
    public CypherProcedure Resolve(string name, SourcePos pos) =>
        _procedures.TryGetValue(name, out var procedure) ? procedure : throw Errors.UnknownProcedure(name, _procedures.Keys.Order(StringComparer.Ordinal), pos);

    public static readonly string[] ConstraintColumns = ["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"];

    public static readonly string[] IndexColumns =
        ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint"];

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
