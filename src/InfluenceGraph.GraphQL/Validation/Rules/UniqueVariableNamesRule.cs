using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report(Messages.DuplicateVariable(group.Key), [.. group.Select(v => v.Variable.Name.Location)]);
        }
    }
}
