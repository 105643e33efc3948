using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode definition, GraphType? type)
    {
        if (type is not null && !type.IsInputType)
        {
            context.Report(Messages.VariableNotInputType(definition.Variable.Name.Value, definition.Type.ToString()), definition.Type.Location);
        }
    }
}
