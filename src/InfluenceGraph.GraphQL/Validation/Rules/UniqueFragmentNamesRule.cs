using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment, NamedType? type)
    {
        if (_seen.TryGetValue(fragment.Name.Value, out var first))
        {
            context.Report(Messages.DuplicateFragmentName(fragment.Name.Value), first.Location, fragment.Name.Location);
        }
        else
        {
            _seen[fragment.Name.Value] = fragment.Name;
        }
    }
}
