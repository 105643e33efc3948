using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.2.1 (Sept 2025 edition): the schema must define a root type for the operation's type.</summary>
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        if (rootType is null)
        {
            context.Report(Messages.OperationTypeNotSupported(operation.Operation.ToString().ToLowerInvariant()), operation.Location);
        }
    }
}
