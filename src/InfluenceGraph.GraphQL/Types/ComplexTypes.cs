namespace InfluenceGraph.GraphQL.Types;

/// <summary>An argument, input field or directive argument (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinition(string name, string? description, GraphType type, bool hasDefault, object? defaultValue, string? deprecationReason = null)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public GraphType Type { get; } = type;

    public bool HasDefaultValue { get; } = hasDefault;

    /// <summary>The internal (coerced) default value.</summary>
    public object? DefaultValue { get; } = defaultValue;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;
}

/// <summary>A field of an object or interface type (spec 3.6).</summary>
public sealed class FieldDefinition(
    string name,
    string? description,
    GraphType type,
    IReadOnlyList<InputValueDefinition> arguments,
    Func<ResolveContext, ValueTask<object?>>? resolver,
    string? deprecationReason,
    Func<ResolveContext, ValueTask<IAsyncEnumerable<object?>>>? subscriber = null)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public GraphType Type { get; } = type;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    /// <summary>Null means the default resolver: read the source by key or property name.</summary>
    public Func<ResolveContext, ValueTask<object?>>? Resolver { get; } = resolver;

    public string? DeprecationReason { get; } = deprecationReason;

    /// <summary>For subscription root fields: creates the stream of source events (spec 6.2.3.1).</summary>
    public Func<ResolveContext, ValueTask<IAsyncEnumerable<object?>>>? Subscriber { get; } = subscriber;

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinition? FindArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>Object and interface types: named fields, implemented interfaces.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];
    private FieldDefinition[]? _fieldList;

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    /// <summary>The fields in definition order (computed once: types do not change after Build).</summary>
    public IReadOnlyList<FieldDefinition> FieldList => _fieldList ??= [.. _fields.Values];

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? FindField(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void AddField(FieldDefinition field)
    {
        _fields[field.Name] = field;
        _fieldList = null;
    }

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}

/// <summary>An object type (spec 3.6).</summary>
public sealed class ObjectType(string name, string? description) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;
}

/// <summary>An interface type (spec 3.7); <see cref="ResolveType"/> names the object type of a runtime value.</summary>
public sealed class InterfaceType(string name, string? description, Func<object, string?>? resolveType) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    public Func<object, string?>? ResolveType { get; } = resolveType;
}

/// <summary>A union type (spec 3.8).</summary>
public sealed class UnionType(string name, string? description, Func<object, string?>? resolveType) : NamedType(name, description)
{
    private readonly List<ObjectType> _types = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    public Func<object, string?>? ResolveType { get; } = resolveType;

    internal void AddType(ObjectType type) => _types.Add(type);
}

/// <summary>An input object type (spec 3.10); <see cref="IsOneOf"/> marks the @oneOf variant.</summary>
public sealed class InputObjectType(string name, string? description, bool isOneOf) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);
    private InputValueDefinition[]? _fieldList;

    public override TypeKind Kind => TypeKind.InputObject;

    public bool IsOneOf { get; } = isOneOf;

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    public IReadOnlyList<InputValueDefinition> FieldList => _fieldList ??= [.. _fields.Values];

    internal void AddField(InputValueDefinition field)
    {
        _fields[field.Name] = field;
        _fieldList = null;
    }
}

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition(string name, string? description, IReadOnlyList<InputValueDefinition> arguments, IReadOnlyList<string> locations, bool isRepeatable)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    public IReadOnlyList<string> Locations { get; } = locations;

    public bool IsRepeatable { get; } = isRepeatable;

    public InputValueDefinition? FindArgument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
