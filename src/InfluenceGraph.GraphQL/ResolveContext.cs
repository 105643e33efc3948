using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>What a resolver gets: the parent value, the coerced arguments, the user context and where it is in the response.</summary>
/// <remarks>
/// A struct passed by value: a resolver call allocates no context, and the response path is built only when
/// <see cref="Path"/> is read (from the parent's path and this field's response key).
/// </remarks>
public readonly struct ResolveContext
{
    private readonly ResponsePath? _parentPath;
    private readonly string _responseKey;

    internal ResolveContext(
        Schema schema,
        ObjectType parentType,
        FieldDefinition field,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        object? userContext,
        ResponsePath? parentPath,
        string responseKey,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        ParentType = parentType;
        Field = field;
        Source = source;
        Arguments = arguments;
        UserContext = userContext;
        _parentPath = parentPath;
        _responseKey = responseKey;
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
    public IReadOnlyList<object> Path => new ResponsePath(_parentPath, _responseKey).ToList();

    public CancellationToken CancellationToken { get; }

    public T SourceAs<T>() => Source is T value ? value : throw new InvalidCastException(Messages.SourceNotOfType(typeof(T).Name, FieldName));

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The argument converted to <typeparamref name="T"/> (numbers widened, lists to arrays or lists, enum names to C# enums).</summary>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? (T?)ArgumentConverter.Convert(value, typeof(T)) : default;
}
