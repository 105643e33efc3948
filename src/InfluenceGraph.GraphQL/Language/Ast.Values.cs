namespace InfluenceGraph.GraphQL.Language;

/// <summary>Input values (spec 2.9) and variables (spec 2.10).</summary>
public abstract record ValueNode(SourceLocation Location) : Node(Location);

public sealed record VariableNode(SourceLocation Location, NameNode Name) : ValueNode(Location);

public sealed record IntValueNode(SourceLocation Location, string Value) : ValueNode(Location);

public sealed record FloatValueNode(SourceLocation Location, string Value) : ValueNode(Location);

public sealed record StringValueNode(SourceLocation Location, string Value, bool Block) : ValueNode(Location);

public sealed record BooleanValueNode(SourceLocation Location, bool Value) : ValueNode(Location);

public sealed record NullValueNode(SourceLocation Location) : ValueNode(Location);

public sealed record EnumValueNode(SourceLocation Location, string Value) : ValueNode(Location);

public sealed record ListValueNode(SourceLocation Location, IReadOnlyList<ValueNode> Values) : ValueNode(Location);

public sealed record ObjectValueNode(SourceLocation Location, IReadOnlyList<ObjectFieldNode> Fields) : ValueNode(Location);

public sealed record ObjectFieldNode(SourceLocation Location, NameNode Name, ValueNode Value) : Node(Location);
