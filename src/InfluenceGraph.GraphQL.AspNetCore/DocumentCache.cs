using System.Collections.Concurrent;
using GraphQL;
using GraphQLParser.AST;
using InfluenceGraph.GraphQL.AspNetCore.Validation;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// A query text as parsed once: its document (or the syntax error that stopped it), its token count, and whether
/// GraphQL.NET's validation rules have passed it. Those rules read only the document and the schema, so a document
/// that passed them once skips them from then on; the rules that read the request run every time.
/// </summary>
internal sealed class PreparedDocument(GraphQLDocument? document, ExecutionError? syntaxError, int tokenCount)
{
    public GraphQLDocument? Document { get; } = document;

    /// <summary>How many fragment definitions and aliased fields the document holds, and its longest literal list (counted once, when parsed).</summary>
    public (int Fragments, int Aliases, int LongestList) Shape { get; } = document is null ? default : DocumentShape.Of(document);

    /// <summary>Which of the skippable validation rules this document cannot trip (see <see cref="RuleSelection"/>).</summary>
    public RuleSelection.Absent Absent { get; } = document is null ? RuleSelection.Absent.None : RuleSelection.Absences(document);

    public ExecutionError? SyntaxError { get; } = syntaxError;

    public int TokenCount { get; } = tokenCount;

    public bool Validated { get; set; }
}

/// <summary>
/// Parsed documents by query text, bounded (GraphQL.MemoryCache is not served here). When full, the cache starts
/// over: cheap, and the hot queries (the explorer's, a notebook's) come back at once.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);

    public PreparedDocument? Get(string query) => _entries.GetValueOrDefault(query);

    public void Add(string query, PreparedDocument document)
    {
        if (_entries.Count >= capacity)
            _entries.Clear();
        _entries[query] = document;
    }
}

/// <summary>Counts of a document's definitions and aliases, by one walk over its text's tree (no fragment expanded).</summary>
internal static class DocumentShape
{
    public static (int Fragments, int Aliases, int LongestList) Of(GraphQLDocument document)
    {
        var fragments = 0;
        var aliases = 0;
        var longestList = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    fragments++;
                    pending.Push(fragment.SelectionSet);
                    break;
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    foreach (var variable in operation.Variables?.Items ?? [])
                        longestList = Math.Max(longestList, LongestList(variable.DefaultValue));
                    break;
            }
        }
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                            aliases++;
                        foreach (var argument in field.Arguments?.Items ?? [])
                            longestList = Math.Max(longestList, LongestList(argument.Value));
                        if (field.SelectionSet is { } children)
                            pending.Push(children);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        return (fragments, aliases, longestList);
    }

    // The most items of any list literal inside a value (lists in lists and in input objects included).
    private static int LongestList(GraphQLValue? value) => value switch
    {
        GraphQLListValue list => Math.Max(list.Values?.Count ?? 0, list.Values?.Max(LongestList) ?? 0),
        GraphQLObjectValue obj => obj.Fields?.Max(f => LongestList(f.Value)) ?? 0,
        _ => 0,
    };
}
