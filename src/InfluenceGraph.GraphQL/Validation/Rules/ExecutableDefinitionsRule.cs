using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDefinition(ValidationContext context, DefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                context.Report(Messages.NotExecutable(null), schema.Location);
                break;
            case TypeDefinitionNode type:
                context.Report(Messages.NotExecutable(type.Name.Value), type.Location);
                break;
            case DirectiveDefinitionNode directive:
                context.Report(Messages.NotExecutable(directive.Name.Value), directive.Location);
                break;
        }
    }
}
