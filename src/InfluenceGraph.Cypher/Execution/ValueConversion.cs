using System.Collections;
using System.Text.Json;
using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Converts values crossing the public API: parameters in (CLR values to runtime values), results out (to snapshots).</summary>
internal static class ValueConversion
{
    public static object? FromParameter(object? value, string name) => value switch
    {
        null => null,
        bool or long or double or string or DateOnly => value,
        CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        uint ui => (long)ui,
        ushort us => (long)us,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.UtcDateTime),
        Enum e => e.ToString(),
        JsonElement json => FromJson(json, name),
        Node n => n,
        Relationship r => r,
        IReadOnlyDictionary<string, object?> map => ConvertMap(map, name),
        IDictionary<string, object?> map => ConvertMap(map, name),
        IDictionary dictionary => ConvertDictionary(dictionary, name),
        IEnumerable items => items.Cast<object?>().Select(item => FromParameter(item, name)).ToList(),
        _ => throw Errors.ParameterType(name, value),
    };

    // GraphQL and HTTP layers often hold variables as JSON: numbers without a fraction become integers.
    private static object? FromJson(JsonElement json, string name) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? (object)l : json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select(item => FromJson(item, name)).ToList(),
        _ => ConvertJsonObject(json, name),
    };

    private static OrderedDictionary<string, object?> ConvertJsonObject(JsonElement json, string name)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject()) result[property.Name] = FromJson(property.Value, name);
        return result;
    }

    private static OrderedDictionary<string, object?> ConvertMap(IEnumerable<KeyValuePair<string, object?>> map, string name)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map) result[key] = FromParameter(value, name);
        return result;
    }

    private static OrderedDictionary<string, object?> ConvertDictionary(IDictionary dictionary, string name)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
            result[entry.Key.ToString() ?? ""] = FromParameter(entry.Value, name);
        return result;
    }

    /// <summary>A runtime value as the public API hands it out (nodes and relationships become snapshots).</summary>
    public static object? ToPublic(object? value) => value switch
    {
        null or bool or long or double or string or DateOnly => value,
        NodeData node => ToNode(node),
        RelData rel => ToRelationship(rel),
        PathValue path => new Path(path.Nodes.Select(ToNode).ToList(), path.Relationships.Select(ToRelationship).ToList()),
        IReadOnlyList<object?> list => list.Select(ToPublic).ToList(),
        IReadOnlyDictionary<string, object?> map => ToPublicMap(map),
        Node or Relationship => value,
        _ => value,
    };

    public static Node ToNode(NodeData node) =>
        new(node.Id, node.Labels.ToList(), ToPublicMap(node.Properties));

    public static Relationship ToRelationship(RelData rel) =>
        new(rel.Id, rel.Type, rel.Start.Id, rel.End.Id, ToPublicMap(rel.Properties));

    private static OrderedDictionary<string, object?> ToPublicMap(IReadOnlyCollection<KeyValuePair<string, object?>> map)
    {
        var result = new OrderedDictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map) result[key] = ToPublic(value);
        return result;
    }
}
