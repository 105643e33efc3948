namespace InfluenceGraph.GraphQL.Language;

/// <summary>Type system definitions and extensions (spec 3).</summary>
public abstract record TypeSystemDefinitionNode(SourceLocation Location) : DefinitionNode(Location);

public sealed record RootOperationTypeNode(SourceLocation Location, OperationType Operation, NamedTypeNode Type) : Node(Location);

/// <summary>SchemaDefinition / SchemaExtension (spec 3.3).</summary>
public sealed record SchemaDefinitionNode(
    SourceLocation Location,
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<RootOperationTypeNode> OperationTypes,
    bool IsExtension) : TypeSystemDefinitionNode(Location);

/// <summary>Common shape of the six type definitions (spec 3.4) and their extensions (spec 3.4.3).</summary>
public abstract record TypeDefinitionNode(
    SourceLocation Location,
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    bool IsExtension) : TypeSystemDefinitionNode(Location);

public sealed record ScalarTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

public sealed record ObjectTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

public sealed record InterfaceTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

public sealed record UnionTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

public sealed record EnumTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

public sealed record InputObjectTypeDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields, bool IsExtension)
    : TypeDefinitionNode(Location, Description, Name, Directives, IsExtension);

/// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives? (spec 3.6).</summary>
public sealed record FieldDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : Node(Location);

/// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives? (spec 3.6.1).</summary>
public sealed record InputValueDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : Node(Location);

/// <summary>EnumValueDefinition :: Description? EnumValue Directives? (spec 3.9).</summary>
public sealed record EnumValueDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : Node(Location);

/// <summary>DirectiveDefinition (spec 3.13).</summary>
public sealed record DirectiveDefinitionNode(
    SourceLocation Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode(Location);
