using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.2.1.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType)
    {
        if (operation.Name is not { } name)
        {
            return;
        }

        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.Report(Messages.DuplicateOperationName(name.Value), first.Location, name.Location);
        }
        else
        {
            _seen[name.Value] = name;
        }
    }
}
