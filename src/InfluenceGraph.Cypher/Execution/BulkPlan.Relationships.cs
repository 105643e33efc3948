using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal sealed partial class BulkPlan
{
    // MATCH (a:L {key: ...}), (b:L {key: ...}) CREATE (a)-[:T {...}]->(b): every matched node is found through a
    // unique index (one hit at most, so a row matches once or not at all), every created node pattern is a bare
    // matched variable, and every relationship has one type, a direction and no variable.
    private static BulkPlan? CompileRelationships(string variable, MatchClause match, CreateClause create, QueryContext ctx)
    {
        var lookups = new List<Lookup>();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in match.Patterns)
        {
            if (part.Nodes.Count != 1 || part.PathVariable is not null) return null;
            var node = part.Nodes[0];
            if (node.Variable is not { } name || name == variable || slots.ContainsKey(name)) return null;
            if (StaticNames(node.Labels) is not { } labels || CompileMap(variable, node.Properties) is not { } props) return null;
            if (KeyEntry(labels, props, ctx) is not var (index, entry)) return null;
            slots[name] = lookups.Count;
            lookups.Add(new Lookup(labels, props, index, entry));
        }
        var rels = new List<RelSpec>();
        foreach (var part in create.Patterns)
        {
            if (part.Nodes.Count < 2 || part.PathVariable is not null) return null;
            foreach (var node in part.Nodes)
                if (node.Variable is null || !slots.ContainsKey(node.Variable) || node.Labels.Count > 0 || node.Properties is not null)
                    return null;
            for (var i = 0; i < part.Rels.Count; i++)
            {
                var rel = part.Rels[i];
                if (rel.Length is not null || rel.Types.Count != 1 || rel.Direction == Direction.Both || rel.Variable is not null) return null;
                if (CompileMap(variable, rel.Properties) is not { } props) return null;
                var type = rel.Types[0];
                RowGetter? dynamicType = null;
                if (type.Name is null && (type.Dynamic is null || (dynamicType = Getter(variable, type.Dynamic)) is null)) return null;
                var (left, right) = (slots[part.Nodes[i].Variable!], slots[part.Nodes[i + 1].Variable!]);
                var (start, end) = rel.Direction == Direction.Incoming ? (right, left) : (left, right);
                rels.Add(new RelSpec(start, end, type.Name, dynamicType, type.Dynamic?.Pos ?? rel.Pos, props));
            }
        }
        return new BulkPlan(lookups.ToArray(), rels.ToArray());
    }
}
