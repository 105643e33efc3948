using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override void EnterObjectValue(ValidationContext context, ObjectValueNode value)
    {
        foreach (var group in value.Fields.GroupBy(f => f.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report(Messages.DuplicateInputField(group.Key), [.. group.Select(f => f.Name.Location)]);
        }
    }
}
