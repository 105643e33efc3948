using System.Collections.Concurrent;
using System.Reflection;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>Resolves a field with no resolver: a dictionary entry by key, else a public property with the same name ignoring case.</summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
        }

        var property = Properties.GetOrAdd((source.GetType(), name), static key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return property?.GetValue(source);
    }

    /// <summary>A "__typename" entry of a dictionary source, used to resolve abstract types by default.</summary>
    public static string? TypeName(object source) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        _ => null,
    };
}
