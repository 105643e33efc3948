using InfluenceGraph.Bolt.Internal;
using InfluenceGraph.Bolt.Internal.Messaging;

namespace InfluenceGraph.Bolt;

/// <summary>Readers or writers, for ExecutableQuery (Neo4j.Driver's RoutingControl).</summary>
public enum RoutingControl
{
    Writers,
    Readers,
}

/// <summary>
/// Where and how an ExecutableQuery runs. The constructor's parameter names are Neo4j.Driver's, and TransactionConfig
/// (timeout and metadata) is where Neo4j.Driver's QueryConfig has them; the older Timeout stays for existing callers
/// and applies when TransactionConfig sets no timeout.
/// </summary>
public sealed record QueryConfig
{
    public QueryConfig(RoutingControl routing = RoutingControl.Writers, string? database = null, TimeSpan? timeout = null,
        TransactionConfig? transactionConfig = null)
    {
        Routing = routing;
        Database = database;
        Timeout = timeout;
        TransactionConfig = transactionConfig;
    }

    public RoutingControl Routing { get; init; }
    public string? Database { get; init; }
    public TimeSpan? Timeout { get; init; }
    public TransactionConfig? TransactionConfig { get; init; }

    internal TimeSpan? EffectiveTimeout => TransactionConfig?.Timeout ?? Timeout;
}

/// <summary>All records of a query, its keys and its summary.</summary>
public sealed record EagerResult<T>(T Result, IResultSummary Summary, string[] Keys);

/// <summary>
/// driver.ExecutableQuery(cypher).WithParameters(...).WithConfig(...).ExecuteAsync(): a retried managed transaction
/// that returns every record; bookmarks chain across calls of the same driver.
/// </summary>
public sealed class ExecutableQuery
{
    private readonly DriverContext _driver;
    private readonly string _cypher;
    private IReadOnlyDictionary<string, object?> _parameters = new Dictionary<string, object?>();
    private QueryConfig _config = new();

    internal ExecutableQuery(DriverContext driver, string cypher)
    {
        _driver = driver;
        _cypher = cypher;
    }

    /// <summary>An IDictionary&lt;string, T&gt; or any object whose public properties are the parameters.</summary>
    public ExecutableQuery WithParameters(object parameters)
    {
        _parameters = Parameters.FromObject(parameters);
        return this;
    }

    public ExecutableQuery WithParameters(IDictionary<string, object?> parameters)
    {
        _parameters = Parameters.From(parameters);
        return this;
    }

    public ExecutableQuery WithConfig(QueryConfig config)
    {
        _config = config;
        return this;
    }

    public async Task<EagerResult<IReadOnlyList<IRecord>>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var mode = _config.Routing == RoutingControl.Readers ? AccessMode.Read : AccessMode.Write;
        var session = new AsyncSession(_driver, Configure());
        await using var _ = session.ConfigureAwait(false);
        var result = await session.ExecuteAsync(mode, TelemetryApi.ExecuteQuery, async tx =>
        {
            var cursor = await tx.RunAsync(_cypher, _parameters.ToDictionary(), cancellationToken).ConfigureAwait(false);
            var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            return new EagerResult<IReadOnlyList<IRecord>>(records, summary, await cursor.KeysAsync().ConfigureAwait(false));
        }, ConfigureTransaction, cancellationToken).ConfigureAwait(false);
        _driver.QueryBookmarks = session.LastBookmarks;
        return result;
    }

    // BEGIN's tx_timeout and tx_metadata, for every attempt of the retried transaction.
    private void ConfigureTransaction(TransactionConfigBuilder builder)
    {
        builder.WithTimeout(_config.EffectiveTimeout);
        if (_config.TransactionConfig?.Metadata is { } metadata) builder.WithMetadata(metadata);
    }

    private SessionConfigBuilder Configure()
    {
        var builder = new SessionConfigBuilder().WithBookmarks(_driver.QueryBookmarks);
        if (_config.Database is { } database) builder.WithDatabase(database);
        return builder;
    }
}
