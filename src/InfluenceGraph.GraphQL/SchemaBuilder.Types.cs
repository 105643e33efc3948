using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>Fields of an object type under construction.</summary>
public sealed class ObjectTypeBuilder
{
    internal ObjectTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal List<FieldBuilder> Fields { get; } = [];

    internal List<string> Interfaces { get; } = [];

    public FieldBuilder Field(string name, string type, string? description = null)
    {
        var field = new FieldBuilder(name, type, description);
        Fields.RemoveAll(f => f.Name == name);
        Fields.Add(field);
        return field;
    }

    public ObjectTypeBuilder Implements(string interfaceName)
    {
        Interfaces.Add(interfaceName);
        return this;
    }
}

/// <summary>Fields of an interface type under construction, and how to find the object type of a value.</summary>
public sealed class InterfaceTypeBuilder
{
    internal InterfaceTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal List<FieldBuilder> Fields { get; } = [];

    internal List<string> Interfaces { get; } = [];

    internal Func<object, string?>? TypeResolver { get; private set; }

    public FieldBuilder Field(string name, string type, string? description = null)
    {
        var field = new FieldBuilder(name, type, description);
        Fields.RemoveAll(f => f.Name == name);
        Fields.Add(field);
        return field;
    }

    public InterfaceTypeBuilder Implements(string interfaceName)
    {
        Interfaces.Add(interfaceName);
        return this;
    }

    /// <summary>Names the object type of a value; without it, a "__typename" key or property, then the CLR type name, decide.</summary>
    public InterfaceTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}

/// <summary>One field of an object or interface type under construction.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, string type, string? description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    internal string Name { get; }

    internal string Type { get; }

    internal string? Description { get; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal Func<ResolveContext, ValueTask<object?>>? Resolver { get; private set; }

    internal string? DeprecationReason { get; private set; }

    /// <summary>Adds an argument; <paramref name="defaultValue"/> is a plain internal value such as 1 or "x" (null: no default).</summary>
    public FieldBuilder Argument(string name, string type, string? description = null, object? defaultValue = null)
    {
        Arguments.RemoveAll(a => a.Name == name);
        Arguments.Add(new InputValueBuilder(name, type, description, defaultValue, null));
        return this;
    }

    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    public FieldBuilder ResolveAsync(Func<ResolveContext, ValueTask<object?>> resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>
    /// For a subscription root field: the stream of source events. Each event becomes the field's value; a resolver,
    /// if also given, receives the event as its <see cref="ResolveContext.Source"/> instead.
    /// </summary>
    public FieldBuilder Subscribe(Func<ResolveContext, IAsyncEnumerable<object?>> subscriber)
    {
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(subscriber(context));
        return this;
    }

    public FieldBuilder SubscribeAsync(Func<ResolveContext, ValueTask<IAsyncEnumerable<object?>>> subscriber)
    {
        Subscriber = subscriber;
        return this;
    }

    internal Func<ResolveContext, ValueTask<IAsyncEnumerable<object?>>>? Subscriber { get; private set; }

    public FieldBuilder Deprecated(string reason = "No longer supported")
    {
        DeprecationReason = reason;
        return this;
    }
}

internal sealed record InputValueBuilder(string Name, string Type, string? Description, object? DefaultValue, string? DeprecationReason);

/// <summary>Values of an enum type under construction.</summary>
public sealed class EnumTypeBuilder
{
    internal List<EnumValueDefinition> Values { get; } = [];

    public EnumTypeBuilder Value(string name, string? description = null, string? deprecationReason = null)
    {
        Values.Add(new EnumValueDefinition(name, description, deprecationReason));
        return this;
    }
}

/// <summary>Fields of an input object type under construction.</summary>
public sealed class InputObjectTypeBuilder
{
    internal List<InputValueBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    /// <summary>Adds an input field; <paramref name="defaultValue"/> is a plain internal value (null: no default).</summary>
    public InputObjectTypeBuilder Field(string name, string type, string? description = null, object? defaultValue = null, string? deprecationReason = null)
    {
        Fields.RemoveAll(f => f.Name == name);
        Fields.Add(new InputValueBuilder(name, type, description, defaultValue, deprecationReason));
        return this;
    }

    /// <summary>Marks the type @oneOf: exactly one field must be given, and not null.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }
}
