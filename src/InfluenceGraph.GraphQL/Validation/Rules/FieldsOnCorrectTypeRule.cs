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
            var name = field.Name.Value;
            var types = SuggestedTypes(context.Schema, parentType, name);
            var hint = types.Count > 0
                ? Suggestions.DidYouMean(types, "to use an inline fragment on")
                : Suggestions.DidYouMean(Suggestions.Similar(name, (parentType as FieldsType)?.Fields.Keys ?? []));
            context.Report(Messages.UnknownField(name, parentType.Name) + hint, field.Location);
        }
    }

    // On an abstract type: the possible types and interfaces that do have the field, most used first.
    private static IReadOnlyList<string> SuggestedTypes(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var usage = new Dictionary<FieldsType, int>();
        foreach (var possible in schema.PossibleTypes(type).Where(p => p.Fields.ContainsKey(fieldName)))
        {
            usage[possible] = 1;
            foreach (var iface in possible.Interfaces.Where(i => i.Fields.ContainsKey(fieldName)))
            {
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }

        var ordered = usage.Keys.ToList();
        ordered.Sort((a, b) =>
        {
            var byUsage = usage[b] - usage[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : string.CompareOrdinal(a.Name, b.Name);
        });
        return [.. ordered.Select(t => t.Name)];
    }
}
