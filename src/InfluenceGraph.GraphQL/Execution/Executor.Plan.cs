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
    private readonly string _name;
    private readonly LeafKind _leafKind;
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
        ObjectResult = named as ObjectType;
        ListItemObject = item as ObjectType;
        _name = definition?.Name ?? responseKey;
        _leafKind = Leaf == BuiltInScalars.String || Leaf == BuiltInScalars.ID ? LeafKind.String
            : Leaf == BuiltInScalars.Boolean ? LeafKind.Boolean
            : Leaf == BuiltInScalars.Int ? LeafKind.Int
            : Leaf == BuiltInScalars.Float ? LeafKind.Float
            : LeafKind.Other;
        IsPlainLeaf = Leaf is not null && definition is { Resolver: null, Subscriber: null, Arguments.Count: 0 };
    }

    private enum LeafKind
    {
        String,
        Boolean,
        Int,
        Float,
        Other,
    }

    public string ResponseKey { get; }

    public List<FieldNode> Nodes { get; }

    public FieldDefinition? Definition { get; }

    public bool IsTypeName { get; }

    /// <summary>The scalar or enum type when the field's type is one (possibly non-null): completed without a path or a task.</summary>
    public NamedType? Leaf { get; }

    /// <summary>A leaf field without arguments that the default resolver reads: completed in place, without a task.</summary>
    public bool IsPlainLeaf { get; }

    /// <summary>The scalar or enum item type when the field is a list of leaves.</summary>
    public NamedType? ListItemLeaf { get; }

    /// <summary>The object type when the field's type is one (possibly non-null): its value is executed straight away.</summary>
    public ObjectType? ObjectResult { get; }

    /// <summary>The object item type when the field is a list of objects.</summary>
    public ObjectType? ListItemObject { get; }

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

    /// <summary>
    /// A value that already is what this built-in leaf type serializes to, returned as is (no conversion, no second
    /// box); null when the value needs <c>CompleteLeaf</c> (a conversion, an enum, a custom scalar, null or an error).
    /// </summary>
    public object? CompleteLeafValue(object? value) => _leafKind switch
    {
        LeafKind.String when value is string => value,
        LeafKind.Boolean when value is bool => value,
        LeafKind.Int when value is int => value,
        LeafKind.Float when value is double d && double.IsFinite(d) => value,
        _ => null,
    };

    /// <summary>
    /// The default resolver (spec 6.4.2's "property of the object value"): a dictionary entry, else a public property,
    /// ignoring case. The way to read it is found once per CLR type of the source and kept while sources keep that type.
    /// </summary>
    public object? ReadDefault(object? source)
    {
        if (source is null)
        {
            return null;
        }

        var reader = _reader;
        if (reader is null || reader.Type != source.GetType())
        {
            _reader = reader = new PropertyReader(source.GetType(), PropertyGetters.For(source.GetType(), _name));
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
        if (type.IsAssignableTo(typeof(IReadOnlyDictionary<string, object?>)))
        {
            return source => ((IReadOnlyDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }

        if (type.IsAssignableTo(typeof(IDictionary<string, object?>)))
        {
            return source => ((IDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }

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
