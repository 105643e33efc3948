using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>What one statement runs against: the graph, the transaction's writer (null when reading), parameters, counters.</summary>
internal sealed class QueryContext(GraphStore store, GraphWriter? writer, IReadOnlyDictionary<string, object?> parameters)
{
    private static readonly ConcurrentDictionary<string, Regex> RegexCache = new();

    public GraphStore Store { get; } = store;
    public GraphWriter? Writer { get; } = writer;
    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;
    public QueryCounters Counters { get; } = new();

    /// <summary>The procedures CALL may run: the built-in ones and those the database's options register.</summary>
    public required ProcedureRegistry Procedures { get; init; }

    /// <summary>Commits the changes so far and goes on in a fresh transaction (CALL { } IN TRANSACTIONS); null unless auto-commit.</summary>
    public Action? CommitBatch { get; init; }

    /// <summary>The folder LOAD CSV may read (full path), or null when LOAD CSV is off.</summary>
    public string? ImportDirectory { get; init; }

    /// <summary>The statement's clock: date(), datetime(), timestamp() and the others all read this one instant.</summary>
    public DateTimeOffset StatementTime { get; } = DateTimeOffset.UtcNow;

    /// <summary>When the statement's transaction began: what the .transaction() forms of the clock functions read.</summary>
    public DateTimeOffset TransactionTime { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Nodes DELETEd without DETACH: checked for remaining relationships when the statement ends.</summary>
    public List<NodeData> PendingNodeDeletes { get; } = [];

    public GraphWriter RequireWriter() =>
        Writer ?? throw new InvalidOperationException("An updating clause ran outside a write transaction");

    public static Regex Regex(string pattern)
    {
        if (RegexCache.TryGetValue(pattern, out var regex)) return regex;
        try
        {
            regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException e)
        {
            throw Errors.InvalidRegex(pattern, e.Message);
        }
        if (RegexCache.Count < 1000) RegexCache[pattern] = regex;
        return regex;
    }
}
