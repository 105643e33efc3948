namespace InfluenceGraph.Server.Stores;

/// <summary>One row of a Cypher result, keyed by column name. Values are plain .NET values (string, long, double, bool, DateOnly, lists, maps).</summary>
public sealed class CypherRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string column] => values.TryGetValue(column, out var value) ? value : null;

    public IReadOnlyDictionary<string, object?> Values => values;
}

/// <summary>What a script run changed.</summary>
public sealed record ScriptOutcome(int Statements, IReadOnlyDictionary<string, int> Counters)
{
    /// <summary>The record of this application, kept in the store (<see cref="ScriptApplication"/>).</summary>
    public ScriptApplication? Application { get; init; }

    /// <summary>True when the apply id had been applied before: nothing ran this time, and this is that earlier outcome.</summary>
    public bool Earlier { get; init; }
}

/// <summary>Reads Cypher inside an open transaction (a script's, before it commits).</summary>
public interface ICypherReader
{
    Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);
}

/// <summary>A script's open transaction: what the app reads and writes in it commits (or rolls back) with the script.</summary>
public interface IScriptTransaction : ICypherReader
{
    Task WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);
}

/// <summary>
/// A check of what a script leaves, run inside the script's transaction once its last statement ran: it reads the
/// graph through <c>transaction</c> (and may record the application there) and throws to roll the whole script back.
/// </summary>
public delegate Task ScriptCheck(IScriptTransaction transaction, CancellationToken cancellationToken);

/// <summary>
/// The store port: runs the app's Cypher (the texts in <see cref="GraphQueries"/>) on the embedded engine or on
/// Neo4j, unchanged. Parameters always travel separately from the query text.
/// </summary>
public interface ICypherRunner : ICypherReader, IDisposable
{
    /// <summary>A short human description, e.g. "embedded store in ./data".</summary>
    string Description { get; }

    /// <summary>
    /// True when nothing but this runner can write the store while it is open (the embedded store: its lock file keeps
    /// other processes out), so a graph read from it goes stale only through this app's own writes; false for a shared
    /// store (Neo4j), which other clients may write.
    /// </summary>
    bool Exclusive { get; }

    Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>What answers: the engine's name and version, e.g. "Neo4j/5.26.0". Throws a StoreUnavailable failure when unreachable.</summary>
    Task<string> ServerAgentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs a whole script (statements separated by ';') in one transaction: all of it or nothing. <paramref name="check"/>,
    /// when given, runs inside that transaction before it commits, and an exception from it rolls everything back.
    /// </summary>
    Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="script"/> in a transaction that is always rolled back and gives what <paramref name="read"/>
    /// reads inside it: for finding which statement of a refused script broke a rule.
    /// </summary>
    Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken);
}
