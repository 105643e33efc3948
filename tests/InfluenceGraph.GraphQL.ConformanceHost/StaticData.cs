using System.Text.Json;

namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>
/// data.json as plain values: objects become ordered dictionaries, arrays lists, numbers long (when whole) or double,
/// so the engine reads them as it reads any resolver's result.
/// </summary>
public static class StaticData
{
    public static IReadOnlyDictionary<string, object?> Load(string path) =>
        Parse(File.ReadAllText(path)) as IReadOnlyDictionary<string, object?>
            ?? throw new InvalidDataException($"{path}: the top level must be a JSON object");

    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new Dictionary<string, object?>(),
            (map, property) => { map[property.Name] = FromElement(property.Value); return map; }),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
