using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;

namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>
/// Resolves every field from a static object graph (the kit's data.json) with the kit's four conventions, ported from
/// its static-resolver.mjs so the engine and graphql-js see the same values:
/// <c>{"$ref": "#/json/pointer"}</c> another part of the data; <c>{"$error": "message"}</c> a field error (a list item:
/// an error at that index); <c>{"$args": [{"when": {...}, "value": X}], "$default": Y}</c> X for the first case whose
/// <c>when</c> entries equal the field's arguments (as JSON), else Y; <c>{"$arg": "name"}</c> the argument itself.
/// Subscription fields hold an array of events, where <c>{"$sleep": ms}</c> pauses the stream.
/// </summary>
public sealed class StaticResolver(IReadOnlyDictionary<string, object?> data)
{
    private const int MaxDepth = 50;
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>The root value every operation starts from; root fields read the data's entry named after the root type.</summary>
    public object Root { get; } = new RootMarker();

    public object? Resolve(IResolveFieldContext context) =>
        Materialize(Property(SourceOf(context), context.FieldDefinition.Name), Arguments(context), 0);

    /// <summary>A subscription root field: its array of events, each yielded in turn ($sleep entries wait instead).</summary>
    public IAsyncEnumerable<object?> Subscribe(IResolveFieldContext context)
    {
        var events = Materialize(Property(SourceOf(context), context.FieldDefinition.Name), Arguments(context), 0);
        return events is IReadOnlyList<object?> list
            ? Stream(list, context.CancellationToken)
            : throw new ExecutionError($"{context.ParentType.Name}.{context.FieldDefinition.Name} must be an array of events");
    }

    /// <summary>The resolver of a subscription field: the event is the source, materialised like any field value.</summary>
    public object? ResolveEvent(IResolveFieldContext context) => Materialize(context.Source, Arguments(context), 0);

    private object? SourceOf(IResolveFieldContext context) =>
        context.Source is RootMarker ? data.GetValueOrDefault(context.ParentType.Name) ?? NoArguments : context.Source;

    // The coerced arguments as graphql-js passes them: those the request gave or that have a default, nothing else.
    private static IReadOnlyDictionary<string, object?> Arguments(IResolveFieldContext context) =>
        context.Arguments is { Count: > 0 } arguments
            ? arguments.Where(a => a.Value.Source != ArgumentSource.FieldDefault || a.Value.Value is not null || HasDefault(context, a.Key)).ToDictionary(a => a.Key, a => Plain(a.Value.Value))
            : NoArguments;

    private static bool HasDefault(IResolveFieldContext context, string argument) =>
        context.FieldDefinition.Arguments?.Find(argument)?.DefaultValue is not null;

    // GraphQL.NET reads input objects as dictionaries and lists as object lists: the same plain shapes as data.json.
    private static object? Plain(object? value) => value switch
    {
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Plain(p.Value)),
        IEnumerable list and not string => list.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };

    private static object? Property(object? source, string name) =>
        source is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(name) : null;

    private object? Materialize(object? value, IReadOnlyDictionary<string, object?> arguments, int depth)
    {
        if (depth > MaxDepth)
            throw new ExecutionError("$ref loop");
        switch (value)
        {
            case IReadOnlyList<object?> list:
                // A failing item becomes an error value at its index, not an error for the whole list.
                return list.Select(item => MaterializeItem(item, depth)).ToList();
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("$ref", out var pointer):
                return Materialize(Dereference(pointer as string ?? ""), arguments, depth + 1);
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("$error", out var message):
                throw new ExecutionError(message?.ToString() ?? "");
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("$arg", out var name):
                return arguments.GetValueOrDefault(name?.ToString() ?? "");
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("$args", out var cases):
                var hit = (cases as IReadOnlyList<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>()
                    .FirstOrDefault(c => Matches(c.GetValueOrDefault("when") as IReadOnlyDictionary<string, object?>, arguments));
                return Materialize(hit is null ? map.GetValueOrDefault("$default") : hit.GetValueOrDefault("value"), arguments, depth + 1);
            default:
                return value;
        }
    }

    private object? MaterializeItem(object? item, int depth)
    {
        try
        {
            return Materialize(item, NoArguments, depth + 1);
        }
        catch (ExecutionError error)
        {
            // An error value in a list: the schema's IsTypeOf turns it into a field error at its index (see ConformanceServer).
            return error;
        }
    }

    // RFC 6901 JSON pointer, only the "#/..." fragment form the kit uses.
    private object? Dereference(string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            throw new ExecutionError($"bad $ref {pointer}");
        object? current = data;
        foreach (var segment in pointer[2..].Split('/'))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(key),
                IReadOnlyList<object?> list when int.TryParse(key, out var index) && index >= 0 && index < list.Count => list[index],
                _ => null,
            };
        }
        return current;
    }

    // Every entry of `when` must equal the argument of that name; an absent argument equals nothing, not even null.
    private static bool Matches(IReadOnlyDictionary<string, object?>? when, IReadOnlyDictionary<string, object?> arguments) =>
        when is null || when.All(entry => arguments.TryGetValue(entry.Key, out var actual) && JsonEquals(entry.Value, actual));

    /// <summary>Equality of two plain values as JSON texts would compare: numbers by value, objects by their entries.</summary>
    public static bool JsonEquals(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => a == b,
        (bool a, bool b) => a == b,
        (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
            a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && JsonEquals(p.Value, other)),
        (IDictionary, _) or (_, IDictionary) => false,
        (IEnumerable a, IEnumerable b) when a is not string && b is not string =>
            a.Cast<object?>().Count() == b.Cast<object?>().Count() && a.Cast<object?>().Zip(b.Cast<object?>()).All(p => JsonEquals(p.First, p.Second)),
        _ when IsNumber(expected) && IsNumber(actual) => Convert.ToDouble(expected, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture),
        _ => false,
    };

    private static bool IsNumber(object value) => value is int or long or double or float or decimal or short or byte;

    private static async IAsyncEnumerable<object?> Stream(IReadOnlyList<object?> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in events)
        {
            if (item is IReadOnlyDictionary<string, object?> map && map.TryGetValue("$sleep", out var ms))
                await Task.Delay(TimeSpan.FromMilliseconds(Convert.ToDouble(ms, System.Globalization.CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
            else
                yield return item;
        }
    }

    private sealed class RootMarker;
}
