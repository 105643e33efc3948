using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>
/// Static cost of an operation, computed before execution from the document and the schema: every field costs 1, and
/// what a list field selects costs as many times as the list is expected to be long: its <c>first</c>, <c>last</c> or
/// <c>limit</c> argument when it has one, else <see cref="ExecutionOptions.DefaultListSize"/>. Fragments are expanded and
/// every type condition counted (an upper bound); introspection fields cost 1 (their depth has its own rule).
/// </summary>
internal sealed class CostMeter(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, int defaultListSize)
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
        .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public long Measure(OperationDefinitionNode operation, ObjectType rootType) => Measure(rootType, operation.SelectionSet, []);

    private long Measure(NamedType parent, SelectionSetNode selectionSet, HashSet<string> visiting)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = Add(total, selection switch
            {
                FieldNode field => MeasureField(parent, field, visiting),
                InlineFragmentNode inline => Measure(TypeOrParent(inline.TypeCondition, parent), inline.SelectionSet, visiting),
                FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && visiting.Add(spread.Name.Value) =>
                    MeasureFragment(fragment, parent, visiting),
                _ => 0,
            });
        }

        return total;
    }

    private long MeasureField(NamedType parent, FieldNode node, HashSet<string> visiting)
    {
        if (node.SelectionSet is null || node.Name.Value is "__schema" or "__type" || schema.FindField(parent, node.Name.Value) is not { } field)
        {
            return 1;
        }

        var children = Measure(field.Type.NamedType, node.SelectionSet, visiting);
        return Add(1, Multiply(ListSize(field, node), children));
    }

    private long MeasureFragment(FragmentDefinitionNode fragment, NamedType parent, HashSet<string> visiting)
    {
        var cost = Measure(TypeOrParent(fragment.TypeCondition, parent), fragment.SelectionSet, visiting);
        visiting.Remove(fragment.Name.Value);
        return cost;
    }

    private NamedType TypeOrParent(NamedTypeNode? condition, NamedType parent) =>
        condition is not null && schema.FindType(condition.Name.Value) is { } type ? type : parent;

    // How many items a list field is expected to return: its size argument if given (a literal or a variable), else the default.
    private long ListSize(FieldDefinition field, FieldNode node)
    {
        if (!IsList(field.Type))
        {
            return 1;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = ArgumentCoercion.CoerceArguments(field.Arguments, node.Arguments, variables);
        }
        catch (GraphQLException)
        {
            // Execution reports the bad argument as a field error; the estimate falls back to the default size.
            return defaultListSize;
        }

        foreach (var name in SizeArguments)
        {
            if (arguments.TryGetValue(name, out var value) && value is int size)
            {
                return Math.Max(0, size);
            }
        }

        return defaultListSize;
    }

    private static bool IsList(GraphType type) => type switch
    {
        ListType => true,
        NonNullType nonNull => IsList(nonNull.OfType),
        _ => false,
    };

    // Costs saturate instead of wrapping: nested huge page sizes must not overflow into a small number.
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
