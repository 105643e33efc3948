using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.3.1 Field Selections: the field must be defined on the parent type (meta fields included).</summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode field, NamedType? parentType, FieldDefinition? definition)
    {
        if (parentType is not null && parentType.IsComposite && definition is null)
        {
            context.Report(Messages.UnknownField(field.Name.Value, parentType.Name), field.Location);
        }
    }
}
