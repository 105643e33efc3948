namespace InfluenceGraph.GraphQL.Execution;

/// <summary>Defaults for objects without their own resolvers. Fields without a resolver read the source through
/// <c>PlannedField.ReadDefault</c> (Executor.Plan.cs), which caches a compiled getter per field.</summary>
internal static class DefaultResolver
{
    /// <summary>A "__typename" entry of a dictionary source, used to resolve abstract types by default.</summary>
    public static string? TypeName(object source) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        _ => null,
    };
}
