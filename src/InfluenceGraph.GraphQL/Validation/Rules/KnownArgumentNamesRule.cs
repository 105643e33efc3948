using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.4.1 Argument Names: each argument is defined by the field or directive.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public override void EnterArguments(
        ValidationContext context, Node owner, IReadOnlyList<ArgumentNode> arguments, FieldDefinition? field, DirectiveDefinition? directive, NamedType? parentType)
    {
        foreach (var argument in arguments)
        {
            var name = argument.Name.Value;
            if (field is not null && parentType is not null && field.FindArgument(name) is null)
            {
                context.Report(
                    Messages.UnknownFieldArgument(name, parentType.Name, field.Name) + Suggestions.DidYouMean(Suggestions.Similar(name, field.Arguments.Select(a => a.Name))),
                    argument.Location);
            }
            else if (directive is not null && directive.FindArgument(name) is null)
            {
                context.Report(
                    Messages.UnknownDirectiveArgument(name, directive.Name) + Suggestions.DidYouMean(Suggestions.Similar(name, directive.Arguments.Select(a => a.Name))),
                    argument.Location);
            }
        }
    }
}
