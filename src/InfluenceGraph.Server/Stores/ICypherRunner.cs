namespace InfluenceGraph.Server.Stores;

/// <summary>One row of a Cypher result, keyed by column name. Values are plain .NET values (string, long, double, bool, DateOnly, lists, maps).</summary>
public sealed class CypherRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string column] => values.TryGetValue(column, out var value) ? value : null;

    public IReadOnlyDictionary<string, object?> Values => values;
}

/// <summary>What a script run changed.</summary>
public sealed record ScriptOutcome(int Statements, IReadOnlyDictionary<string, int> Counters);

/// <summary>
/// The store port: runs the app's Cypher (the texts in <see cref="GraphQueries"/>) on the embedded engine or on
/// Neo4j, unchanged. Parameters always travel separately from the query text.
/// </summary>
public interface ICypherRunner : IDisposable
{
    /// <summary>A short human description, e.g. "embedded store in ./data".</summary>
    string Description { get; }

    Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>What answers: the engine's name and version, e.g. "Neo4j/5.26.0". Throws a StoreUnavailable failure when unreachable.</summary>
    Task<string> ServerAgentAsync(CancellationToken cancellationToken);

    /// <summary>Runs a whole script (statements separated by ';') in one transaction: all of it or nothing.</summary>
    Task<ScriptOutcome> RunScriptAsync(string script, CancellationToken cancellationToken);
}
