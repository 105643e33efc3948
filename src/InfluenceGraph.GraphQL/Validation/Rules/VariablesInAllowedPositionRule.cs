using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.8.5 All Variable Usages Are Allowed: the variable's type fits every place it is used (IsVariableUsageAllowed).</summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        var definitions = operation.VariableDefinitions
            .GroupBy(v => v.Variable.Name.Value)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var usage in context.RecursiveVariableUsages(operation))
        {
            if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.Value, out var definition))
            {
                continue;
            }

            var variableType = context.TypeFromAst(definition.Type);
            if (variableType is not null && !IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
            {
                context.Report(
                    Messages.VariableBadPosition(usage.Node.Name.Value, definition.Type.ToString(), usage.Type.ToString()),
                    definition.Location, usage.Node.Location);
            }
        }
    }

    // IsVariableUsageAllowed: a nullable variable may fill a non-null position only if it or the position has a default.
    private static bool IsAllowed(Schema schema, GraphType variableType, ValueNode? variableDefault, GraphType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullDefault && !locationHasDefault)
            {
                return false;
            }

            return schema.IsSubType(variableType, nonNullLocation.OfType);
        }

        return schema.IsSubType(variableType, locationType);
    }
}
