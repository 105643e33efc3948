using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.3.3 Leaf Field Selections: leaves have no selection set, composite fields must have one.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode field, NamedType? parentType, FieldDefinition? definition)
    {
        if (definition is null)
        {
            return;
        }

        var named = definition.Type.NamedType;
        if (named.IsLeaf && field.SelectionSet is not null)
        {
            context.Report(Messages.LeafWithSelection(field.Name.Value, definition.Type.ToString()), field.SelectionSet.Location);
        }
        else if (!named.IsLeaf && field.SelectionSet is null)
        {
            context.Report(Messages.CompositeWithoutSelection(field.Name.Value, definition.Type.ToString()), field.Location);
        }
    }
}
