using InfluenceGraph.Cypher.Tck.Values;

namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// The sets the tck-api measures for side effects (STEPS.md section 5, TCKQueries.scala): node ids, relationship
/// ids, distinct label names, and (entity, key, value) property triples. Read through the engine's public API.
/// </summary>
public sealed record GraphState(
    IReadOnlySet<long> Nodes, IReadOnlySet<long> Relationships, IReadOnlySet<string> Labels, IReadOnlySet<string> Properties)
{
    public static readonly string[] Keys = ["+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties"];

    public static GraphState Capture(CypherDatabase db)
    {
        var nodes = new HashSet<long>();
        var relationships = new HashSet<long>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in db.Run("MATCH (n) RETURN id(n), labels(n), properties(n)").Rows)
        {
            var id = (long)row[0]!;
            nodes.Add(id);
            foreach (var label in (IEnumerable<object?>)row[1]!) labels.Add((string)label!);
            AddProperties(properties, "n" + id, row[2]);
        }
        foreach (var row in db.Run("MATCH ()-[r]->() RETURN id(r), properties(r)").Rows)
        {
            var id = (long)row[0]!;
            relationships.Add(id);
            AddProperties(properties, "r" + id, row[1]);
        }
        return new GraphState(nodes, relationships, labels, properties);
    }

    private static void AddProperties(HashSet<string> into, string entity, object? map)
    {
        foreach (var (key, value) in (IReadOnlyDictionary<string, object?>)map!)
            into.Add(entity + "\u0001" + key + "\u0001" + ValueConverter.FromEngine(value).Canonical());
    }

    /// <summary>The delta from this state to <paramref name="after"/>, keyed like the TCK's side-effect tables.</summary>
    public IReadOnlyDictionary<string, int> DeltaTo(GraphState after) => new Dictionary<string, int>
    {
        ["+nodes"] = after.Nodes.Except(Nodes).Count(),
        ["-nodes"] = Nodes.Except(after.Nodes).Count(),
        ["+relationships"] = after.Relationships.Except(Relationships).Count(),
        ["-relationships"] = Relationships.Except(after.Relationships).Count(),
        ["+labels"] = after.Labels.Except(Labels).Count(),
        ["-labels"] = Labels.Except(after.Labels).Count(),
        ["+properties"] = after.Properties.Except(Properties).Count(),
        ["-properties"] = Properties.Except(after.Properties).Count(),
    };
}
