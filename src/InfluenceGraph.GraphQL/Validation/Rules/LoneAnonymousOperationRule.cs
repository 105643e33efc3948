using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only one.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operations;

    public override void EnterDocument(ValidationContext context, DocumentNode document) =>
        _operations = document.Definitions.Count(d => d is OperationDefinitionNode);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        if (operation.Name is null && _operations > 1)
        {
            context.Report(Messages.AnonymousOperationNotAlone, operation.Location);
        }
    }
}
