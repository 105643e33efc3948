using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type share a possible object type.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment, NamedType? parentType, NamedType? type)
    {
        if (fragment.TypeCondition is not null && parentType is { IsComposite: true } && type is { IsComposite: true } && !Overlap(context.Schema, parentType, type))
        {
            context.Report(Messages.ImpossibleSpread(null, parentType.Name, type.Name), fragment.Location);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread, NamedType? parentType)
    {
        var fragment = context.Fragment(spread.Name.Value);
        var type = fragment is null ? null : context.Schema.FindType(fragment.TypeCondition.Name.Value);
        if (parentType is { IsComposite: true } && type is { IsComposite: true } && !Overlap(context.Schema, parentType, type))
        {
            context.Report(Messages.ImpossibleSpread(spread.Name.Value, parentType.Name, type.Name), spread.Location);
        }
    }

    private static bool Overlap(Schema schema, NamedType a, NamedType b) =>
        a == b || schema.PossibleTypes(a).Intersect(schema.PossibleTypes(b)).Any();
}
