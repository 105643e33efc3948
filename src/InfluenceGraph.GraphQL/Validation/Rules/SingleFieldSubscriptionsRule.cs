using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1 Single Root Field: a subscription selects exactly one root field, not an introspection field,
/// and (Sept 2025 edition) without @skip or @include in its top level selection.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        if (operation.Operation != OperationType.Subscription)
        {
            return;
        }

        var name = operation.Name?.Value;
        var conditional = new List<SourceLocation>();
        var fields = new List<(string Key, FieldNode Node)>();
        Collect(context, operation.SelectionSet, fields, conditional, new HashSet<string>(StringComparer.Ordinal));
        if (conditional.Count > 0)
        {
            context.Report(Messages.SubscriptionConditionalRoot(name), [.. conditional]);
            return;
        }

        var keys = fields.Select(f => f.Key).Distinct().ToList();
        if (keys.Count > 1)
        {
            var extra = fields.Where(f => f.Key != keys[0]).Select(f => f.Node.Location).ToArray();
            context.Report(Messages.SubscriptionSingleField(name), extra);
        }

        foreach (var (_, node) in fields.Where(f => f.Node.Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            context.Report(Messages.SubscriptionIntrospectionField(name), node.Location);
        }
    }

    private static void Collect(
        ValidationContext context, SelectionSetNode selectionSet, List<(string, FieldNode)> fields, List<SourceLocation> conditional, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives.Where(d => d.Name.Value is "skip" or "include"))
            {
                conditional.Add(directive.Location);
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field.ResponseKey, field));
                    break;
                case InlineFragmentNode inline:
                    Collect(context, inline.SelectionSet, fields, conditional, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.Fragment(spread.Name.Value) is { } fragment:
                    Collect(context, fragment.SelectionSet, fields, conditional, visited);
                    break;
            }
        }
    }
}
