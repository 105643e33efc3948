using GraphQL;
using GraphQL.Execution;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Schema;

/// <summary>Reads the app's argument shapes from GraphQL.NET's coerced field arguments (defaults from the SDL applied).</summary>
internal static class Arguments
{
    private static object? Value(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    public static string? String(IResolveFieldContext context, string name) => Value(context, name) as string;

    public static IReadOnlyList<string>? Strings(IResolveFieldContext context, string name) => StringList(Value(context, name));

    public static DateOnly? Date(IResolveFieldContext context, string name) => Value(context, name) as DateOnly?;

    public static int Int(IResolveFieldContext context, string name, int fallback) => Value(context, name) is int i ? i : fallback;

    public static bool Given(IResolveFieldContext context, string name) => Value(context, name) is not null;

    /// <summary>An input object argument (GraphQL.NET reads schema-first input objects as dictionaries).</summary>
    public static IReadOnlyDictionary<string, object?> Input(IResolveFieldContext context, string name) => Value(context, name) switch
    {
        IReadOnlyDictionary<string, object?> input => input,
        IDictionary<string, object?> input => new Dictionary<string, object?>(input),
        _ => new Dictionary<string, object?>(),
    };

    public static IReadOnlyList<string>? StringList(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<string>()] : null;

    /// <summary>The relation filter of the arguments asOf, types and status (each optional).</summary>
    public static RelationFilter Filter(IResolveFieldContext context) =>
        new(Date(context, "asOf"), Strings(context, "types"), Strings(context, "status")) { IncludeUndated = Value(context, "includeUndated") is true };

    /// <summary>The two poles of the alignment axis: the "poles" argument, else the configured ones (Explorer:Poles).</summary>
    public static (string Positive, string Negative) Poles(IResolveFieldContext context)
    {
        var poles = Strings(context, "poles");
        if (poles is null || poles.Count == 0)
        {
            var settings = RequestContext.Of(context).Settings;
            return (settings.PositivePole, settings.NegativePole);
        }
        if (poles.Count != 2)
            throw AppFailure.InvalidInput($"'poles' takes exactly two actor ids (the +1 pole, then the -1 pole), not {poles.Count}.");
        return (poles[0], poles[1]);
    }
}
