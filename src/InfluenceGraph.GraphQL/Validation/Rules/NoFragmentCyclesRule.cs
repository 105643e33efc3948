using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.2 Fragment Spreads Must Not Form Cycles (depth-first search, each cycle reported once).</summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment, NamedType? type) =>
        Detect(context, fragment);

    private void Detect(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = ValidationContext.Spreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (var spread in spreads)
        {
            var target = spread.Name.Value;
            if (!_pathIndex.TryGetValue(target, out var cycleStart))
            {
                _path.Add(spread);
                if (context.Fragment(target) is { } next)
                {
                    Detect(context, next);
                }

                _path.RemoveAt(_path.Count - 1);
            }
            else
            {
                var cycle = _path.Skip(cycleStart).Append(spread).ToList();
                var via = cycle.Take(cycle.Count - 1).Select(s => s.Name.Value).ToList();
                context.Report(Messages.FragmentCycle(target, via), [.. cycle.Select(s => s.Location)]);
            }
        }

        _pathIndex.Remove(name);
    }
}
