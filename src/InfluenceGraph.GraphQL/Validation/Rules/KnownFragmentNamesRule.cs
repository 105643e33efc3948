using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.1 Fragment Spread Target Defined.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread, NamedType? parentType)
    {
        if (context.Fragment(spread.Name.Value) is null)
        {
            context.Report(Messages.UnknownFragment(spread.Name.Value), spread.Name.Location);
        }
    }
}
