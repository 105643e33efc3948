using System.Collections;
using System.Reflection;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>Query parameters from a dictionary or, as Neo4j.Driver allows, an object's public properties.</summary>
internal static class Parameters
{
    public static IReadOnlyDictionary<string, object?> From(IDictionary<string, object?>? parameters) =>
        parameters is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(parameters);

    public static IReadOnlyDictionary<string, object?> FromObject(object? parameters) => parameters switch
    {
        null => new Dictionary<string, object?>(),
        IDictionary<string, object?> dictionary => From(dictionary),
        IDictionary dictionary => dictionary.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value),
        _ => parameters.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };
}
