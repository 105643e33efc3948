using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment, NamedType? type)
    {
        if (type is not null && !type.IsComposite)
        {
            context.Report(Messages.FragmentOnNonComposite(fragment.Name.Value, fragment.TypeCondition.Name.Value), fragment.TypeCondition.Location);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment, NamedType? parentType, NamedType? type)
    {
        if (fragment.TypeCondition is not null && type is not null && !type.IsComposite)
        {
            context.Report(Messages.FragmentOnNonComposite(null, fragment.TypeCondition.Name.Value), fragment.TypeCondition.Location);
        }
    }
}
