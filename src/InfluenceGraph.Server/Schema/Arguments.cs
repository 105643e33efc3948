using System.Globalization;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.GraphQL;

namespace InfluenceGraph.Server.Schema;

/// <summary>Reads the app's argument shapes from coerced GraphQL arguments.</summary>
internal static class Arguments
{
    public const string DefaultPositivePole = "india";
    public const string DefaultNegativePole = "pakistan";

    public static string? String(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value as string : null;

    public static IReadOnlyList<string>? Strings(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is IEnumerable<object?> items
            ? [.. items.OfType<string>()]
            : null;

    public static DateOnly? Date(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is DateOnly date ? date : null;

    public static int Int(ResolveContext context, string name, int fallback) =>
        context.Arguments.TryGetValue(name, out var value) && value is int i ? i : fallback;

    public static double? Double(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value switch { double d => d, int i => i, _ => null } : null;

    /// <summary>The relation filter of the arguments asOf, types and status (each optional).</summary>
    public static RelationFilter Filter(ResolveContext context) =>
        new(Date(context, "asOf"), Strings(context, "types"), Strings(context, "status"));

    /// <summary>The two poles of the alignment axis: the "poles" argument, else India (+1) and Pakistan (-1).</summary>
    public static (string Positive, string Negative) Poles(ResolveContext context)
    {
        var poles = Strings(context, "poles");
        if (poles is null || poles.Count == 0)
            return (DefaultPositivePole, DefaultNegativePole);
        if (poles.Count != 2)
            throw new GraphQLException($"'poles' takes exactly two actor ids (the +1 pole, then the -1 pole), not {poles.Count}.");
        return (poles[0], poles[1]);
    }

    /// <summary>The Date scalar: an ISO 8601 calendar date such as "2025-05-07".</summary>
    public static object? ParseDate(object? value) => value switch
    {
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        DateOnly d => d,
        _ => throw new GraphQLException($"Date must be a string of the form YYYY-MM-DD (for example \"2025-05-07\"), not {Describe(value)}."),
    };

    public static object? SerializeDate(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Cannot serialize {value.GetType().Name} as a Date."),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
