using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterArguments(
        ValidationContext context, Node owner, IReadOnlyList<ArgumentNode> arguments, FieldDefinition? field, DirectiveDefinition? directive, NamedType? parentType)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report(Messages.DuplicateArgument(group.Key), [.. group.Select(a => a.Name.Location)]);
        }
    }
}
