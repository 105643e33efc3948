using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.8.4 All Variables Used: in the operation or in a fragment it reaches.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        var used = context.RecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions.Where(d => !used.Contains(d.Variable.Name.Value)))
        {
            context.Report(Messages.UnusedVariable(definition.Variable.Name.Value, operation.Name?.Value), definition.Location);
        }
    }
}
