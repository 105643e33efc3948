using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's guard against introspection queries that nest list fields (fields, interfaces, possibleTypes,
/// inputFields) three levels deep, which grow exponentially; not a spec rule, but every graphql-js server has it.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListDepth = 3;

    public override void EnterField(ValidationContext context, FieldNode field, NamedType? parentType, FieldDefinition? definition)
    {
        if (field.Name.Value is "__schema" or "__type" && TooDeep(context, field, new HashSet<string>(StringComparer.Ordinal), 0))
        {
            context.Report(Messages.IntrospectionTooDeep, field.Location);
        }
    }

    private static bool TooDeep(ValidationContext context, SelectionNode node, HashSet<string> visiting, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                if (!visiting.Add(spread.Name.Value) || context.Fragment(spread.Name.Value) is not { } fragment)
                {
                    return false;
                }

                var result = fragment.SelectionSet.Selections.Any(s => TooDeep(context, s, visiting, depth));
                visiting.Remove(spread.Name.Value);
                return result;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }

        return selectionSet is not null && selectionSet.Selections.Any(s => TooDeep(context, s, visiting, depth));
    }
}
