namespace InfluenceGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5). <see cref="Serialize"/> turns a resolver's value into a JSON-able value; <see cref="ParseValue"/>
/// turns a plain input value (a literal is first made plain) into the internal value. Both throw <see cref="GraphQLException"/> to reject.
/// </summary>
public sealed class ScalarType(
    string name,
    string? description,
    Func<object, object?> serialize,
    Func<object?, object?> parseValue,
    string? specifiedByUrl = null,
    bool isBuiltIn = false) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    public Func<object, object?> Serialize { get; } = serialize;

    public Func<object?, object?> ParseValue { get; } = parseValue;

    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    /// <summary>Int, Float, String, Boolean and ID: coerced by the rules of spec 3.5 rather than by plain values alone.</summary>
    public bool IsBuiltIn { get; } = isBuiltIn;
}

/// <summary>One value of an enum type (spec 3.9).</summary>
public sealed class EnumValueDefinition(string name, string? description, string? deprecationReason)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;
}

/// <summary>An enum type (spec 3.9); internally a value is its name as a string.</summary>
public sealed class EnumType(string name, string? description, IReadOnlyList<EnumValueDefinition> values) : NamedType(name, description)
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; } = values;

    public EnumValueDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
