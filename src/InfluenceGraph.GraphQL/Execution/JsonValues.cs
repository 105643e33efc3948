using System.Text.Json;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>JSON elements as plain values: objects as ordered maps, arrays as lists, integers as long, other numbers as double.</summary>
internal static class JsonValues
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = ToPlain(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
