using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveDefinition? definition, string location)
    {
        if (definition is null)
        {
            context.Report(Messages.UnknownDirective(directive.Name.Value), directive.Location);
        }
        else if (!definition.Locations.Contains(location))
        {
            context.Report(Messages.MisplacedDirective(directive.Name.Value, location), directive.Location);
        }
    }
}
