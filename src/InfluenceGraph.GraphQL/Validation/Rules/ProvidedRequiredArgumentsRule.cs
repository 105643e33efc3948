using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.4.2.1 Required Arguments: non-null arguments without a default must be given.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void EnterArguments(
        ValidationContext context, Node owner, IReadOnlyList<ArgumentNode> arguments, FieldDefinition? field, DirectiveDefinition? directive, NamedType? parentType)
    {
        var definitions = field?.Arguments ?? directive?.Arguments ?? [];
        foreach (var definition in definitions.Where(d => d.Type is NonNullType && !d.HasDefaultValue))
        {
            if (arguments.Any(a => a.Name.Value == definition.Name))
            {
                continue;
            }

            var message = field is not null
                ? Messages.MissingFieldArgument(parentType?.Name ?? string.Empty, field.Name, definition.Name, definition.Type.ToString())
                : Messages.MissingDirectiveArgument(directive!.Name, definition.Name, definition.Type.ToString());
            context.Report(message, owner.Location);
        }
    }
}
