using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected there and whether that place has a default value.</summary>
internal sealed record VariableUsage(VariableNode Node, GraphType? Type, bool HasLocationDefault);

/// <summary>What rules share: the schema, the document's fragments, variable usages, and the error list.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<Node, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);

    // Per operation, asked for by several rules: computed once.
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly List<GraphQLError> _errors = [];

    public ValidationContext(Schema schema, DocumentNode document)
    {
        Schema = schema;
        Document = document;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void Report(string message, params SourceLocation[] locations) => _errors.Add(new GraphQLError(message, locations));

    public FragmentDefinitionNode? Fragment(string name) => _fragments.GetValueOrDefault(name);

    public GraphType? TypeFromAst(TypeNode node) => ArgumentCoercion.TypeFromAst(Schema, node);

    /// <summary>Fragment spreads directly inside a selection set, nested fields and inline fragments included.</summary>
    public static List<FragmentSpreadNode> Spreads(SelectionSetNode selectionSet)
    {
        var spreads = new List<FragmentSpreadNode>();
        CollectSpreads(selectionSet, spreads);
        return spreads;
    }

    private static void CollectSpreads(SelectionSetNode selectionSet, List<FragmentSpreadNode> spreads)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    spreads.Add(spread);
                    break;
                case FieldNode { SelectionSet: { } inner }:
                    CollectSpreads(inner, spreads);
                    break;
                case InlineFragmentNode inline:
                    CollectSpreads(inline.SelectionSet, spreads);
                    break;
            }
        }
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> RecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var known))
        {
            return known;
        }

        var result = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SelectionSetNode>();
        stack.Push(operation.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var spread in Spreads(stack.Pop()))
            {
                if (seen.Add(spread.Name.Value) && Fragment(spread.Name.Value) is { } fragment)
                {
                    result.Add(fragment);
                    stack.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = result;
        return result;
    }

    /// <summary>Variables used in an operation or fragment (not in the fragments it spreads).</summary>
    public IReadOnlyList<VariableUsage> VariableUsages(Node definition)
    {
        if (_usages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>();
        switch (definition)
        {
            case OperationDefinitionNode operation:
                var root = Schema.RootType(operation.Operation);
                UsagesInDirectives(operation.Directives, usages);
                UsagesInSelectionSet(operation.SelectionSet, root, usages);
                break;
            case FragmentDefinitionNode fragment:
                UsagesInDirectives(fragment.Directives, usages);
                UsagesInSelectionSet(fragment.SelectionSet, Schema.FindType(fragment.TypeCondition.Name.Value), usages);
                break;
        }

        _usages[definition] = usages;
        return usages;
    }

    /// <summary>Variables used by an operation, including inside every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> RecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var known))
        {
            return known;
        }

        var usages = new List<VariableUsage>(VariableUsages(operation));
        foreach (var fragment in RecursivelyReferencedFragments(operation))
        {
            usages.AddRange(VariableUsages(fragment));
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }

    private void UsagesInSelectionSet(SelectionSetNode selectionSet, NamedType? parentType, List<VariableUsage> usages)
    {
        foreach (var selection in selectionSet.Selections)
        {
            UsagesInDirectives(selection.Directives, usages);
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : Schema.FindField(parentType, field.Name.Value);
                    foreach (var argument in field.Arguments)
                    {
                        var argumentDefinition = definition?.FindArgument(argument.Name.Value);
                        UsagesInValue(argument.Value, argumentDefinition?.Type, argumentDefinition?.HasDefaultValue ?? false, usages);
                    }

                    if (field.SelectionSet is not null)
                    {
                        UsagesInSelectionSet(field.SelectionSet, definition?.Type.NamedType, usages);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : Schema.FindType(inline.TypeCondition.Name.Value);
                    UsagesInSelectionSet(inline.SelectionSet, type, usages);
                    break;
            }
        }
    }

    private void UsagesInDirectives(IReadOnlyList<DirectiveNode> directives, List<VariableUsage> usages)
    {
        foreach (var directive in directives)
        {
            var definition = Schema.FindDirective(directive.Name.Value);
            foreach (var argument in directive.Arguments)
            {
                var argumentDefinition = definition?.FindArgument(argument.Name.Value);
                UsagesInValue(argument.Value, argumentDefinition?.Type, argumentDefinition?.HasDefaultValue ?? false, usages);
            }
        }
    }

    private static void UsagesInValue(ValueNode value, GraphType? type, bool hasDefault, List<VariableUsage> usages)
    {
        switch (value)
        {
            case VariableNode variable:
                usages.Add(new VariableUsage(variable, type, hasDefault));
                break;
            case ListValueNode list:
                var itemType = type?.Nullable is ListType listType ? listType.OfType : type?.Nullable;
                foreach (var item in list.Values)
                {
                    UsagesInValue(item, itemType, false, usages);
                }

                break;
            case ObjectValueNode obj:
                var input = type?.Nullable as InputObjectType;
                foreach (var field in obj.Fields)
                {
                    var fieldDefinition = input?.Fields.GetValueOrDefault(field.Name.Value);
                    UsagesInValue(field.Value, fieldDefinition?.Type, fieldDefinition?.HasDefaultValue ?? false, usages);
                }

                break;
        }
    }
}
