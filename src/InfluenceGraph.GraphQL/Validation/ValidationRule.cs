using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec 5. The walker calls the hooks in document order with the type information
/// known at that point (null where the document refers to something the schema does not have).
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>The rule's name as graphql-js calls it, for tests and diagnostics.</summary>
    public string Name => GetType().Name.Replace("Rule", string.Empty, StringComparison.Ordinal);

    public virtual void EnterDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void EnterDefinition(ValidationContext context, DefinitionNode definition)
    {
    }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
    }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment, NamedType? type)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode definition, GraphType? type)
    {
    }

    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet, NamedType? parentType)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode field, NamedType? parentType, FieldDefinition? definition)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment, NamedType? parentType, NamedType? type)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread, NamedType? parentType)
    {
    }

    /// <summary>All directives at one location (QUERY, FIELD, ...), before each is entered.</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, string location)
    {
    }

    public virtual void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveDefinition? definition, string location)
    {
    }

    /// <summary>The arguments of a field (<paramref name="field"/> set) or of a directive (<paramref name="directive"/> set).</summary>
    public virtual void EnterArguments(
        ValidationContext context, Node owner, IReadOnlyList<ArgumentNode> arguments, FieldDefinition? field, DirectiveDefinition? directive, NamedType? parentType)
    {
    }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode argument, InputValueDefinition? definition)
    {
    }

    public virtual void EnterObjectValue(ValidationContext context, ObjectValueNode value)
    {
    }
}
