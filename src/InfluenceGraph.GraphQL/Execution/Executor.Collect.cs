using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>The plan of these selection sets for <paramref name="type"/>: collected fields with their definitions.</summary>
    private SelectionPlan Plan(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var collected = CollectFields(type, selectionSets);
        var keys = new string[collected.Count];
        var fields = new PlannedField[collected.Count];
        var index = 0;
        foreach (var (key, nodes) in collected)
        {
            var name = nodes[0].Name.Value;
            var isTypeName = name == "__typename";
            keys[index] = key;
            fields[index++] = new PlannedField(key, nodes, isTypeName ? null : _schema.FindField(type, name), isTypeName);
        }

        return new SelectionPlan(type, keys, fields);
    }

    /// <summary>The plan of a field's sub-selections for one runtime type, made on first use and kept for this execution.</summary>
    private SelectionPlan SubPlan(PlannedField field, ObjectType type)
    {
        if (field.FindSubPlan(type) is { } known)
        {
            return known;
        }

        var selectionSets = new List<SelectionSetNode>(field.Nodes.Count);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        var plan = Plan(type, selectionSets);
        field.AddSubPlan(plan);
        return plan;
    }

    // 6.3.2 CollectFields: group fields by response key, honouring @skip/@include and fragment type conditions.
    private OrderedDictionary<string, List<FieldNode>> CollectFields(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Collect(type, selectionSet, fields, visited);
        }

        return fields;
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition))
                    {
                        Collect(type, inline.SelectionSet, fields, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visited.Add(spread.Name.Value)
                        && _fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(type, fragment.TypeCondition))
                    {
                        Collect(type, fragment.SelectionSet, fields, visited);
                    }

                    break;
            }
        }
    }

    // 6.3.2 DoesFragmentTypeApply
    private bool DoesFragmentTypeApply(ObjectType type, NamedTypeNode condition) =>
        _schema.FindType(condition.Name.Value) is { } conditionType && _schema.IsPossibleType(conditionType, type);

    // 3.13.2 @skip and 3.13.3 @include
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var arguments = ArgumentCoercion.CoerceArguments(definition.Arguments, directive.Arguments, _variables);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
