using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>
/// A selection set collected for one object type (spec 6.3.2), made once per execution and reused for every object
/// of that type at that place in the response: the response keys in order, each with its field definition resolved.
/// </summary>
internal sealed class SelectionPlan(ObjectType type, string[] keys, PlannedField[] fields)
{
    public ObjectType Type { get; } = type;

    public string[] Keys { get; } = keys;

    public System.Text.Json.JsonEncodedText[] EncodedKeys { get; } = [.. keys.Select(k => System.Text.Json.JsonEncodedText.Encode(k))];

    public PlannedField[] Fields { get; } = fields;
}

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: its merged field nodes and definition, plus what one execution
/// learns once and reuses for every object: the coerced arguments (they depend only on the literals and the
/// variables), the sub-plans per runtime type, and the default resolver's property getter.
/// </summary>
internal sealed class PlannedField
{
    private SubPlan? _subPlan;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;
    private PropertyReader? _reader;

    public PlannedField(string responseKey, List<FieldNode> nodes, FieldDefinition? definition, bool isTypeName)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        IsTypeName = isTypeName;
        var named = definition?.Type is NonNullType nonNull ? nonNull.OfType : definition?.Type;
        Leaf = named is ScalarType or EnumType ? (NamedType)named : null;
        var item = named is ListType list ? (list.OfType is NonNullType n ? n.OfType : list.OfType) : null;
        ListItemLeaf = item is ScalarType or EnumType ? (NamedType)item : null;
    }

    public string ResponseKey { get; }

    public List<FieldNode> Nodes { get; }

    public FieldDefinition? Definition { get; }

    public bool IsTypeName { get; }

    /// <summary>The scalar or enum type when the field's type is one (possibly non-null): completed without a path or a task.</summary>
    public NamedType? Leaf { get; }

    /// <summary>The scalar or enum item type when the field is a list of leaves.</summary>
    public NamedType? ListItemLeaf { get; }

    /// <summary>Coerced once per execution, on first use; a coercion error is not cached (it is raised again where it applies).</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    public SelectionPlan? FindSubPlan(ObjectType type)
    {
        if (_subPlan is { } one && one.Type == type)
        {
            return one.Plan;
        }

        if (_subPlans is { } many)
        {
            lock (many)
            {
                return many.GetValueOrDefault(type);
            }
        }

        return null;
    }

    public void AddSubPlan(SelectionPlan plan)
    {
        if (_subPlan is null)
        {
            _subPlan = new SubPlan(plan.Type, plan);
            return;
        }

        var many = LazyInitializer.EnsureInitialized(ref _subPlans, () => []);
        lock (many)
        {
            many[plan.Type] = plan;
        }
    }

    /// <summary>The default resolver (spec 6.4.2's "property of the object value"): a dictionary entry, else a public property, ignoring case.</summary>
    public object? ReadDefault(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
        }

        var type = source.GetType();
        var reader = _reader;
        if (reader is null || reader.Type != type)
        {
            _reader = reader = new PropertyReader(type, PropertyGetters.For(type, name));
        }

        return reader.Getter?.Invoke(source);
    }

    private sealed record SubPlan(ObjectType Type, SelectionPlan Plan);

    private sealed record PropertyReader(Type Type, Func<object, object?>? Getter);
}

/// <summary>Compiled property getters by CLR type and field name (the default resolver's reflection, paid once per process).</summary>
internal static class PropertyGetters
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static Func<object, object?>? For(Type type, string name) => Getters.GetOrAdd((type, name), static key => Compile(key.Item1, key.Item2));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return null;
        }

        if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return property.GetValue;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
