namespace InfluenceGraph.Bolt;

/// <summary>Runs queries against Neo4j: the root object, one per application (as Neo4j.Driver's IDriver).</summary>
public interface IDriver : IAsyncDisposable, IDisposable
{
    IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null);
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);
    Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);
    ExecutableQuery ExecutableQuery(string cypher);
    Config Config { get; }
}

/// <summary>A causally chained sequence of transactions on one database (not thread-safe; one per unit of work).</summary>
public interface IAsyncSession : IAsyncQueryRunner, IAsyncDisposable
{
    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);
    Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);
    Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an auto-commit query with a transaction timeout or metadata.</summary>
    Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken = default);
    Bookmarks LastBookmarks { get; }
    Task CloseAsync();
}

/// <summary>Anything that runs Cypher: a session (auto-commit) or a transaction.</summary>
public interface IAsyncQueryRunner
{
    Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>An explicit transaction; disposing it without committing rolls it back.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner, IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A streamed result: records arrive in batches of the fetch size (PULL n), so a large result never sits in memory
/// whole unless ToListAsync asks for it.
/// </summary>
public interface IResultCursor
{
    Task<string[]> KeysAsync();
    Task<bool> FetchAsync(CancellationToken cancellationToken = default);
    IRecord Current { get; }
    Task<List<IRecord>> ToListAsync(CancellationToken cancellationToken = default);
    Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);

    /// <summary>The only record; throws if there are none or more than one.</summary>
    Task<IRecord> SingleAsync(CancellationToken cancellationToken = default);
    bool IsOpen { get; }
}

/// <summary>One row of a result.</summary>
public interface IRecord
{
    object? this[string key] { get; }
    object? this[int index] { get; }
    IReadOnlyList<string> Keys { get; }
    IReadOnlyDictionary<string, object?> Values { get; }
    T Get<T>(string key);
}

/// <summary>The server a connection talks to.</summary>
public interface IServerInfo
{
    string Address { get; }

    /// <summary>For example "Neo4j/5.26.0".</summary>
    string Agent { get; }

    /// <summary>The negotiated Bolt version, for example "5.8".</summary>
    string ProtocolVersion { get; }
}

/// <summary>What a finished query reports: counters, type, database, server and timings.</summary>
public interface IResultSummary
{
    string Query { get; }
    ICounters Counters { get; }

    /// <summary>"r", "w", "rw" or "s" (schema).</summary>
    string QueryType { get; }
    string? Database { get; }
    IServerInfo Server { get; }
    TimeSpan ResultAvailableAfter { get; }
    TimeSpan ResultConsumedAfter { get; }
    IReadOnlyDictionary<string, object?> Metadata { get; }
}

/// <summary>The update statistics of a query (PULL SUCCESS `stats`).</summary>
public interface ICounters
{
    bool ContainsUpdates { get; }
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
    int SystemUpdates { get; }
}
