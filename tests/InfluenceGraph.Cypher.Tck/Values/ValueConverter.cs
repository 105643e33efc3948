using System.Collections;
using System.Globalization;

namespace InfluenceGraph.Cypher.Tck.Values;

/// <summary>Moves values between the engine's CLR types and the TCK value model.</summary>
public static class ValueConverter
{
    /// <summary>An engine result value as the TCK would write it. Temporal values become their ISO text, as in the TCK tables.</summary>
    public static TckValue FromEngine(object? value) => value switch
    {
        null => TckNull.Instance,
        bool b => new TckBool(b),
        long l => new TckInteger(l),
        int i => new TckInteger(i),
        double d => new TckFloat(d),
        float f => new TckFloat(f),
        string s => new TckString(s),
        DateOnly date => new TckString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Node n => NodeOf(n),
        Relationship r => RelationshipOf(r),
        Path p => PathOf(p),
        IReadOnlyDictionary<string, object?> map => MapOf(map),
        IEnumerable list => new TckList(list.Cast<object?>().Select(FromEngine).ToList()),
        IFormattable temporal => new TckString(temporal.ToString(null, CultureInfo.InvariantCulture)),
        _ => new TckString(value.ToString() ?? ""),
    };

    /// <summary>A parameter table value as the engine takes it.</summary>
    public static object? ToEngine(TckValue value) => value switch
    {
        TckNull => null,
        TckBool b => b.Value,
        TckInteger i => i.Value,
        TckFloat f => f.Value,
        TckString s => s.Value,
        TckList l => l.Items.Select(ToEngine).ToList(),
        TckMap m => m.Entries.ToDictionary(e => e.Key, e => ToEngine(e.Value)),
        _ => throw new NotSupportedException($"A {value.GetType().Name} cannot be passed as a parameter"),
    };

    private static TckMap MapOf(IEnumerable<KeyValuePair<string, object?>> entries) =>
        new(entries.ToDictionary(e => e.Key, e => FromEngine(e.Value), StringComparer.Ordinal));

    private static TckNode NodeOf(Node n) => new(n.Labels, MapOf(n.Properties));

    private static TckRelationship RelationshipOf(Relationship r) => new(r.Type, MapOf(r.Properties));

    private static TckPath PathOf(Path p)
    {
        var steps = new List<TckPathStep>();
        for (var i = 0; i < p.Relationships.Count; i++)
        {
            var r = p.Relationships[i];
            var forward = r.StartNodeId == p.Nodes[i].Id;
            steps.Add(new TckPathStep(RelationshipOf(r), forward, NodeOf(p.Nodes[i + 1])));
        }
        return new TckPath(NodeOf(p.Nodes[0]), steps);
    }
}
