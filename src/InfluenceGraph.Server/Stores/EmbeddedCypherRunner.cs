using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

/// <summary>Runs the app's Cypher on the embedded engine (InfluenceGraph.Cypher) in a data directory.</summary>
public sealed class EmbeddedCypherRunner(CypherDatabase database, string description) : ICypherRunner
{
    public string Description { get; } = description;

    public bool Exclusive => true;

    /// <summary>What opening the store noticed and repaired (a torn last journal record, say), for the log.</summary>
    public IReadOnlyList<string> Warnings => database.Warnings;

    /// <summary>The store in <paramref name="dataDirectory"/>; LOAD CSV reads <paramref name="importDirectory"/> only (none: it is off).</summary>
    public static EmbeddedCypherRunner Open(string dataDirectory, string? importDirectory = null)
    {
        try
        {
            var options = new CypherDatabaseOptions { ImportDirectory = importDirectory };
            return new EmbeddedCypherRunner(CypherDatabase.Open(dataDirectory, options), $"embedded store in {dataDirectory}");
        }
        catch (CypherException e)
        {
            throw Translate(e);
        }
    }

    public static EmbeddedCypherRunner InMemory() => new(CypherDatabase.InMemory(), "in-memory embedded store");

    public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunAsync(query, parameters, cancellationToken);

    public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunAsync(query, parameters, cancellationToken);

    public async Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var tx = database.BeginTransaction(cancellationToken);
            var results = tx.RunScript(script, null, cancellationToken);
            if (check is not null)
                await check(new ScriptTransaction(tx), cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            tx.Commit();
            var counters = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var result in results)
                foreach (var (name, value) in CounterValues(result.Counters))
                    counters[name] = counters.GetValueOrDefault(name) + value;
            return new ScriptOutcome(results.Count, counters);
        }
        catch (CypherException e)
        {
            throw Translate(e);
        }
    }

    public async Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var tx = database.BeginTransaction(cancellationToken);
            tx.RunScript(script, null, cancellationToken);
            return await read(new ScriptTransaction(tx), cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            throw Translate(e);
        }
    }

    public Task<string> ServerAgentAsync(CancellationToken cancellationToken) =>
        Task.FromResult("InfluenceGraph.Cypher/" + typeof(CypherDatabase).Assembly.GetName().Version?.ToString(3));

    public void Dispose() => database.Dispose();

    private Task<IReadOnlyList<CypherRow>> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Task.FromResult(Rows(database.Run(query, parameters)));
        }
        catch (CypherException e)
        {
            throw Translate(e);
        }
    }

    private static IReadOnlyList<CypherRow> Rows(QueryResult result)
    {
        var rows = new CypherRow[result.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
            rows[i] = new CypherRow(new ColumnRecord(result.Columns, result.Rows[i]));
        return rows;
    }

    /// <summary>
    /// A row's values keyed by its columns, looked up in place: the app's whole-graph reads return a million rows of
    /// one to three columns, where a dictionary per row would be most of the read's garbage.
    /// </summary>
    private sealed class ColumnRecord(IReadOnlyList<string> columns, IReadOnlyList<object?> values) : IReadOnlyDictionary<string, object?>
    {
        public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No column '{key}'");

        public IEnumerable<string> Keys => columns;

        public IEnumerable<object?> Values => values;

        public int Count => columns.Count;

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        public bool TryGetValue(string key, out object? value)
        {
            var at = IndexOf(key);
            value = at >= 0 ? values[at] : null;
            return at >= 0;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < columns.Count; i++)
                yield return KeyValuePair.Create(columns[i], values[i]);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private int IndexOf(string key)
        {
            for (var i = 0; i < columns.Count; i++)
                if (string.Equals(columns[i], key, StringComparison.Ordinal))
                    return i;
            return -1;
        }
    }

    /// <summary>Reads inside an open write transaction (disposing it, elsewhere, rolls it back unless committed).</summary>
    private sealed class ScriptTransaction(CypherTransaction transaction) : IScriptTransaction
    {
        public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Rows(transaction.Run(query, parameters)));
        }

        public Task WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            ReadAsync(query, parameters, cancellationToken);
    }

    /// <summary>The non-zero counters, by name (the same names the Neo4j runner reports).</summary>
    private static IEnumerable<(string Name, int Value)> CounterValues(QueryCounters counters) =>
        new (string Name, int Value)[]
        {
            ("NodesCreated", counters.NodesCreated), ("NodesDeleted", counters.NodesDeleted),
            ("RelationshipsCreated", counters.RelationshipsCreated), ("RelationshipsDeleted", counters.RelationshipsDeleted),
            ("PropertiesSet", counters.PropertiesSet), ("LabelsAdded", counters.LabelsAdded), ("LabelsRemoved", counters.LabelsRemoved),
            ("ConstraintsAdded", counters.ConstraintsAdded), ("ConstraintsRemoved", counters.ConstraintsRemoved),
        }.Where(c => c.Value != 0);

    private static AppFailure Translate(CypherException e) => e.Kind switch
    {
        CypherErrorKind.StoreLocked => new AppFailure(FailureKind.StoreLocked, e.Message, inner: e),
        CypherErrorKind.StoreCorrupt => new AppFailure(FailureKind.DataError, e.Message, inner: e),
        CypherErrorKind.StoreFull => new AppFailure(FailureKind.StoreFull, e.Message, inner: e),
        CypherErrorKind.StoreReadOnly => new AppFailure(FailureKind.StoreReadOnly, e.Message, inner: e),
        _ => new AppFailure(FailureKind.ScriptRejected, e.Message, e.Line, e.Column, e.Kind.ToString(), e),
    };
}
