using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>What a resolver gets: the parent value, the coerced arguments, the user context and where it is in the response.</summary>
public sealed class ResolveContext
{
    private readonly ResponsePath _path;

    internal ResolveContext(
        Schema schema,
        ObjectType parentType,
        FieldDefinition field,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        object? userContext,
        ResponsePath path,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        ParentType = parentType;
        Field = field;
        Source = source;
        Arguments = arguments;
        UserContext = userContext;
        _path = path;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public object? Source { get; }

    /// <summary>Coerced argument values; optional arguments given no value and no default are absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public object? UserContext { get; }

    public string FieldName => Field.Name;

    /// <summary>The response path of this field: keys (strings) and list indices (ints).</summary>
    public IReadOnlyList<object> Path => _path.ToList();

    public CancellationToken CancellationToken { get; }

    public T SourceAs<T>() => Source is T value ? value : throw new InvalidCastException(Messages.SourceNotOfType(typeof(T).Name, FieldName));

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The argument converted to <typeparamref name="T"/> (numbers widened, lists to arrays or lists, enum names to C# enums).</summary>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? (T?)ArgumentConverter.Convert(value, typeof(T)) : default;
}
