using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>
/// Code-first schema definition. Type references are written in GraphQL notation ("ID!", "[Relation!]!") and
/// resolved by <see cref="Build"/>, which also checks the type system rules and throws <see cref="SchemaException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<TypeEntry> _entries = [];
    private string? _queryType;
    private string? _mutationType;
    private string? _subscriptionType;
    private string? _description;

    private abstract record TypeEntry(string Name, string? Description);

    private sealed record ScalarEntry(ScalarType Type) : TypeEntry(Type.Name, Type.Description);

    private sealed record EnumEntry(string Name, string? Description, EnumTypeBuilder Builder) : TypeEntry(Name, Description);

    private sealed record ObjectEntry(string Name, string? Description, ObjectTypeBuilder Builder) : TypeEntry(Name, Description);

    private sealed record InterfaceEntry(string Name, string? Description, InterfaceTypeBuilder Builder) : TypeEntry(Name, Description);

    private sealed record UnionEntry(string Name, string? Description, string[] Members, Func<object, string?>? ResolveType) : TypeEntry(Name, Description);

    private sealed record InputEntry(string Name, string? Description, InputObjectTypeBuilder Builder) : TypeEntry(Name, Description);

    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>A custom scalar; <paramref name="serialize"/> makes a JSON-able value, <paramref name="parseValue"/> reads a plain input value.</summary>
    public SchemaBuilder Scalar(string name, string? description, Func<object, object?> serialize, Func<object?, object?> parseValue, string? specifiedByUrl = null) =>
        Add(new ScalarEntry(new ScalarType(name, description, serialize, parseValue, specifiedByUrl)));

    public SchemaBuilder Enum(string name, string? description, Action<EnumTypeBuilder> configure)
    {
        var builder = new EnumTypeBuilder();
        configure(builder);
        return Add(new EnumEntry(name, description, builder));
    }

    public SchemaBuilder Object(string name, string? description, Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder(name);
        configure(builder);
        return Add(new ObjectEntry(name, description, builder));
    }

    public SchemaBuilder InputObject(string name, string? description, Action<InputObjectTypeBuilder> configure)
    {
        var builder = new InputObjectTypeBuilder();
        configure(builder);
        return Add(new InputEntry(name, description, builder));
    }

    public SchemaBuilder Interface(string name, string? description, Action<InterfaceTypeBuilder> configure)
    {
        var builder = new InterfaceTypeBuilder(name);
        configure(builder);
        return Add(new InterfaceEntry(name, description, builder));
    }

    public SchemaBuilder Union(string name, string? description, params string[] members) =>
        Add(new UnionEntry(name, description, members, null));

    /// <summary>A union whose member type for a value is named by <paramref name="resolveType"/>.</summary>
    public SchemaBuilder Union(string name, string? description, Func<object, string?> resolveType, params string[] members) =>
        Add(new UnionEntry(name, description, members, resolveType));

    public SchemaBuilder QueryType(string name)
    {
        _queryType = name;
        return this;
    }

    public SchemaBuilder MutationType(string name)
    {
        _mutationType = name;
        return this;
    }

    public SchemaBuilder SubscriptionType(string name)
    {
        _subscriptionType = name;
        return this;
    }

    private SchemaBuilder Add(TypeEntry entry)
    {
        if (_entries.Any(e => e.Name == entry.Name))
        {
            throw new SchemaException(Messages.DuplicateType(entry.Name));
        }

        _entries.Add(entry);
        return this;
    }

    /// <summary>Resolves every type reference, checks the schema (spec 3 validation rules) and freezes it.</summary>
    public Schema Build()
    {
        var introspection = new SchemaBuilder();
        Introspection.Define(introspection);
        var all = _entries.Concat(introspection._entries).ToList();
        foreach (var entry in _entries)
        {
            if (!IsValidName(entry.Name) || entry.Name.StartsWith("__", StringComparison.Ordinal))
            {
                throw new SchemaException(Messages.InvalidTypeName(entry.Name));
            }

            if (BuiltInScalars.Find(entry.Name) is not null)
            {
                throw new SchemaException(Messages.DuplicateType(entry.Name));
            }
        }

        var context = new BuildContext(all);
        context.CreateShells();
        context.Complete();
        var query = context.RootType(_queryType ?? (context.Types.ContainsKey("Query") ? "Query" : null), "query")
            ?? throw new SchemaException(Messages.QueryTypeMissing);
        var mutation = context.RootType(_mutationType, "mutation");
        var subscription = context.RootType(_subscriptionType, "subscription");
        var schema = new Schema(_description, context.OrderedTypes(), query, mutation, subscription, BuiltInDirectives.All);
        SchemaValidator.Validate(schema);
        return schema;
    }

    internal static bool IsValidName(string name) =>
        name.Length > 0 && Lexer.IsNameStart(name[0]) && name.All(Lexer.IsNameContinue);
}
