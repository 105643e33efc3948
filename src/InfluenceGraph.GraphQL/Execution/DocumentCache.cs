using System.Collections.Concurrent;
using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>A parsed and validated document (or the errors that stopped it), with each operation's depth computed once.</summary>
internal sealed class PreparedDocument(DocumentNode? document, ExecutionStatus status, IReadOnlyList<GraphQLError> errors, int tokenCount)
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, int> _depths = new(ReferenceEqualityComparer.Instance);

    public DocumentNode? Document { get; } = document;

    public ExecutionStatus Status { get; } = status;

    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    public int TokenCount { get; } = tokenCount;

    public int Depth(OperationDefinitionNode operation) => _depths.GetOrAdd(operation, o => DepthMeter.Measure(Document!, o));

    /// <summary>Where the operation first selects __schema or __type (fragments included), or null.</summary>
    public SourceLocation? UsesIntrospection(OperationDefinitionNode operation) => DepthMeter.FindIntrospection(Document!, operation);
}

/// <summary>Documents by query text, bounded: when full, the cache starts over (cheap, and hot queries come back at once).</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);

    public PreparedDocument? Get(string query) => _entries.GetValueOrDefault(query);

    public void Add(string query, PreparedDocument document)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[query] = document;
    }
}

/// <summary>The deepest field nesting of an operation, fragments expanded; introspection subtrees are not counted.</summary>
internal static class DepthMeter
{
    public static int Measure(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        return Measure(operation.SelectionSet, fragments, []);
    }

    private static int Measure(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting)
    {
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } => 1,
                FieldNode field => 1 + (field.SelectionSet is null ? 0 : Measure(field.SelectionSet, fragments, visiting)),
                InlineFragmentNode inline => Measure(inline.SelectionSet, fragments, visiting),
                FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && visiting.Add(spread.Name.Value) =>
                    MeasureFragment(fragment, fragments, visiting),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    public static SourceLocation? FindIntrospection(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        return Find(operation.SelectionSet, fragments, []);
    }

    private static SourceLocation? Find(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } field => field.Location,
                FieldNode { SelectionSet: { } inner } => Find(inner, fragments, visited),
                InlineFragmentNode inline => Find(inline.SelectionSet, fragments, visited),
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    Find(fragment.SelectionSet, fragments, visited),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static int MeasureFragment(FragmentDefinitionNode fragment, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting)
    {
        var depth = Measure(fragment.SelectionSet, fragments, visiting);
        visiting.Remove(fragment.Name.Value);
        return depth;
    }
}
