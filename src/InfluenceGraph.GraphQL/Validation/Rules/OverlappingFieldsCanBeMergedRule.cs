using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields with the same response key must be mergeable (same field and arguments
/// unless their parents are distinct object types; never conflicting return shapes), down through sub-selections.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private sealed record Entry(NamedType? Parent, FieldNode Node, FieldDefinition? Definition);

    private sealed record Conflict(string Key, string Reason, List<SourceLocation> Locations);

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet, NamedType? parentType)
    {
        var fields = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(context, parentType, selectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        foreach (var key in order)
        {
            var entries = fields[key];
            for (var i = 0; i < entries.Count; i++)
            {
                for (var j = i + 1; j < entries.Count; j++)
                {
                    if (FindConflict(context, key, entries[i], entries[j], false) is { } conflict)
                    {
                        context.Report(Messages.FieldsConflict(conflict.Key, conflict.Reason), [.. conflict.Locations]);
                    }
                }
            }
        }
    }

    private static void Collect(
        ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, Dictionary<string, List<Entry>> fields, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : context.Schema.FindField(parentType, field.Name.Value);
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                        order.Add(field.ResponseKey);
                    }

                    list.Add(new Entry(parentType, field, definition));
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : context.Schema.FindType(inline.TypeCondition.Name.Value);
                    Collect(context, type, inline.SelectionSet, fields, order, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.Fragment(spread.Name.Value) is { } fragment:
                    Collect(context, context.Schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, fields, order, visited);
                    break;
            }
        }
    }

    private static Conflict? FindConflict(ValidationContext context, string key, Entry a, Entry b, bool parentsExclusive)
    {
        var exclusive = parentsExclusive || (a.Parent != b.Parent && a.Parent is ObjectType && b.Parent is ObjectType);
        var locations = new List<SourceLocation> { a.Node.Location, b.Node.Location };
        if (!exclusive)
        {
            if (a.Node.Name.Value != b.Node.Name.Value)
            {
                return new Conflict(key, $"\"{a.Node.Name.Value}\" and \"{b.Node.Name.Value}\" are different fields", locations);
            }

            if (!SameArguments(a.Node.Arguments, b.Node.Arguments))
            {
                return new Conflict(key, "they have differing arguments", locations);
            }
        }

        if (a.Definition is not null && b.Definition is not null && TypesConflict(a.Definition.Type, b.Definition.Type))
        {
            return new Conflict(key, $"they return conflicting types \"{a.Definition.Type}\" and \"{b.Definition.Type}\"", locations);
        }

        if (a.Node.SelectionSet is null || b.Node.SelectionSet is null)
        {
            return null;
        }

        var left = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var right = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(context, a.Definition?.Type.NamedType, a.Node.SelectionSet, left, order, new HashSet<string>(StringComparer.Ordinal));
        Collect(context, b.Definition?.Type.NamedType, b.Node.SelectionSet, right, [], new HashSet<string>(StringComparer.Ordinal));
        var reasons = new List<string>();
        var subLocations = new List<SourceLocation>();
        foreach (var subKey in order.Where(right.ContainsKey))
        {
            foreach (var x in left[subKey])
            {
                foreach (var y in right[subKey])
                {
                    if (FindConflict(context, subKey, x, y, exclusive) is { } sub)
                    {
                        reasons.Add($"subfields \"{sub.Key}\" conflict because {sub.Reason}");
                        subLocations.AddRange(sub.Locations);
                    }
                }
            }
        }

        return reasons.Count == 0 ? null : new Conflict(key, string.Join(" and ", reasons), [a.Node.Location, b.Node.Location, .. subLocations]);
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> a, IReadOnlyList<ArgumentNode> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => y.Name.Value == x.Name.Value && Printer.Print(y.Value) == Printer.Print(x.Value)));

    private static bool TypesConflict(GraphType a, GraphType b) => (a, b) switch
    {
        (ListType x, ListType y) => TypesConflict(x.OfType, y.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType x, NonNullType y) => TypesConflict(x.OfType, y.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when a.IsLeaf || b.IsLeaf => a != b,
        _ => false,
    };
}
