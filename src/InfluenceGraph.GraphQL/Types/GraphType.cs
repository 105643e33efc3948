namespace InfluenceGraph.GraphQL.Types;

/// <summary>The eight kinds of types of spec 4.2.1 (__TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>A type of the schema or a wrapper around one (spec 3.4); <see cref="ToString"/> prints GraphQL notation.</summary>
public abstract class GraphType
{
    public abstract TypeKind Kind { get; }

    public abstract override string ToString();

    /// <summary>The named type under any list and non-null wrappers.</summary>
    public NamedType NamedType => this switch
    {
        ListType list => list.OfType.NamedType,
        NonNullType nonNull => nonNull.OfType.NamedType,
        _ => (NamedType)this,
    };

    public GraphType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Input types of spec 3.4.2: scalars, enums, input objects, and wrappers of them.</summary>
    public bool IsInputType => NamedType.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Output types of spec 3.4.2: everything but input objects.</summary>
    public bool IsOutputType => NamedType.Kind != TypeKind.InputObject;

    public bool IsLeaf => this is ScalarType or EnumType;

    public bool IsComposite => this is ObjectType or InterfaceType or UnionType;

    public bool IsAbstract => this is InterfaceType or UnionType;
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphType
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public override string ToString() => Name;
}

/// <summary>List wrapper (spec 3.11).</summary>
public sealed class ListType(GraphType ofType) : GraphType
{
    public GraphType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}

/// <summary>Non-null wrapper (spec 3.12).</summary>
public sealed class NonNullType(GraphType ofType) : GraphType
{
    public GraphType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
