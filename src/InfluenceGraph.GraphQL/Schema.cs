using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>A built, validated and immutable schema: its types, root operation types and directives.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);

    internal Schema(string? description, IReadOnlyList<NamedType> types, NamedType query, NamedType? mutation, NamedType? subscription, IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        Types = types;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        QueryType = (ObjectType)query;
        MutationType = mutation as ObjectType;
        SubscriptionType = subscription as ObjectType;
        Directives = directives;
        foreach (var type in types)
        {
            if (type is UnionType union)
            {
                _possibleTypes[union.Name] = union.Types;
            }
            else if (type is InterfaceType iface)
            {
                _possibleTypes[iface.Name] = [.. types.OfType<ObjectType>().Where(o => Implements(o, iface))];
            }
        }

        var typeType = (ObjectType)_types["__Type"];
        TypeNameField = new FieldDefinition("__typename", "The name of the current Object type at runtime.", new NonNullType(BuiltInScalars.String), [], null, null);
        SchemaField = new FieldDefinition(
            "__schema", "Access the current type schema of this server.", new NonNullType(_types["__Schema"]), [],
            context => new ValueTask<object?>(context.Schema), null);
        TypeField = new FieldDefinition(
            "__type", "Request the type information of a single type.", typeType,
            [new InputValueDefinition("name", null, new NonNullType(BuiltInScalars.String), false, null)],
            context => new ValueTask<object?>(context.Schema.FindType((string)context.Arguments["name"]!)), null);
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, user types first, then the built-in scalars in use, then the introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    internal FieldDefinition TypeNameField { get; }

    internal FieldDefinition SchemaField { get; }

    internal FieldDefinition TypeField { get; }

    public NamedType? FindType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? FindDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can be (spec 3.7, 3.8), or the object type itself.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes(NamedType type) => type switch
    {
        ObjectType obj => [obj],
        _ => _possibleTypes.GetValueOrDefault(type.Name) ?? [],
    };

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        abstractType == objectType || PossibleTypes(abstractType).Contains(objectType);

    /// <summary>The field named <paramref name="name"/> on a composite type, including the meta fields of spec 4.1 and 4.2.</summary>
    public FieldDefinition? FindField(NamedType parent, string name)
    {
        if (name == "__typename" && parent.IsComposite)
        {
            return TypeNameField;
        }

        if (parent == QueryType && name == "__schema")
        {
            return SchemaField;
        }

        if (parent == QueryType && name == "__type")
        {
            return TypeField;
        }

        return (parent as FieldsType)?.FindField(name);
    }

    /// <summary>Whether <paramref name="sub"/> can stand where <paramref name="super"/> is expected (spec IsSubType / type covariance).</summary>
    public bool IsSubType(GraphType sub, GraphType super) => (sub, super) switch
    {
        _ when sub == super => true,
        (NonNullType s, NonNullType t) => IsSubType(s.OfType, t.OfType),
        (NonNullType s, _) => IsSubType(s.OfType, super),
        (_, NonNullType) => false,
        (ListType s, ListType t) => IsSubType(s.OfType, t.OfType),
        (ListType, _) or (_, ListType) => false,
        (ObjectType o, NamedType t) when t.IsAbstract => IsPossibleType(t, o),
        (InterfaceType i, InterfaceType t) => Implements(i, t),
        _ => false,
    };

    public string PrintSdl() => SchemaPrinter.Print(this);

    private static bool Implements(FieldsType type, InterfaceType iface) =>
        type.Interfaces.Any(i => i == iface || Implements(i, iface));
}
