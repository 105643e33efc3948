using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.8.3 All Variable Uses Defined: in the operation and in every fragment it reaches.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in context.RecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name) && reported.Add(name))
            {
                context.Report(Messages.UndefinedVariable(name, operation.Name?.Value), usage.Node.Location, operation.Location);
            }
        }
    }
}
