using System.Collections.Concurrent;
using GraphQL;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// A query text as parsed once: its document (or the syntax error that stopped it), its token count, and whether
/// GraphQL.NET's validation rules have passed it. Those rules read only the document and the schema, so a document
/// that passed them once skips them from then on; the rules that read the request run every time.
/// </summary>
internal sealed class PreparedDocument(GraphQLDocument? document, ExecutionError? syntaxError, int tokenCount)
{
    public GraphQLDocument? Document { get; } = document;

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
