namespace InfluenceGraph.GraphQL.Language;

/// <summary>Base of every syntax tree node; <see cref="Location"/> is where its first token starts.</summary>
public abstract record Node(SourceLocation Location);

/// <summary>Document :: Definition+ (spec 2.2).</summary>
public sealed record DocumentNode(SourceLocation Location, IReadOnlyList<DefinitionNode> Definitions) : Node(Location);

public abstract record DefinitionNode(SourceLocation Location) : Node(Location);

/// <summary>The operation types of spec 2.3.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>OperationDefinition (spec 2.3); a shorthand query has no name and <see cref="OperationType.Query"/>.</summary>
public sealed record OperationDefinitionNode(
    SourceLocation Location,
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : DefinitionNode(Location);

/// <summary>FragmentDefinition (spec 2.8).</summary>
public sealed record FragmentDefinitionNode(
    SourceLocation Location,
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : DefinitionNode(Location);

public sealed record NameNode(SourceLocation Location, string Value) : Node(Location);

/// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives? (spec 2.10).</summary>
public sealed record VariableDefinitionNode(
    SourceLocation Location,
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : Node(Location);

/// <summary>SelectionSet :: { Selection+ } (spec 2.4).</summary>
public sealed record SelectionSetNode(SourceLocation Location, IReadOnlyList<SelectionNode> Selections) : Node(Location);

public abstract record SelectionNode(SourceLocation Location, IReadOnlyList<DirectiveNode> Directives) : Node(Location);

/// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet? (spec 2.5).</summary>
public sealed record FieldNode(
    SourceLocation Location,
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode(Location, Directives)
{
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>FragmentSpread :: ... FragmentName Directives? (spec 2.8).</summary>
public sealed record FragmentSpreadNode(SourceLocation Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SelectionNode(Location, Directives);

/// <summary>InlineFragment :: ... TypeCondition? Directives? SelectionSet (spec 2.8.2).</summary>
public sealed record InlineFragmentNode(
    SourceLocation Location,
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode(Location, Directives);

/// <summary>Argument :: Name : Value (spec 2.6).</summary>
public sealed record ArgumentNode(SourceLocation Location, NameNode Name, ValueNode Value) : Node(Location);

/// <summary>Directive :: @ Name Arguments? (spec 2.12).</summary>
public sealed record DirectiveNode(SourceLocation Location, NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : Node(Location);

/// <summary>Type references (spec 2.11).</summary>
public abstract record TypeNode(SourceLocation Location) : Node(Location);

public sealed record NamedTypeNode(SourceLocation Location, NameNode Name) : TypeNode(Location)
{
    public override string ToString() => Name.Value;
}

public sealed record ListTypeNode(SourceLocation Location, TypeNode Type) : TypeNode(Location)
{
    public override string ToString() => $"[{Type}]";
}

public sealed record NonNullTypeNode(SourceLocation Location, TypeNode Type) : TypeNode(Location)
{
    public override string ToString() => $"{Type}!";
}
