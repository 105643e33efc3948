using InfluenceGraph.Bolt.Internal;
using InfluenceGraph.Bolt.Internal.Messaging;

namespace InfluenceGraph.Bolt;

/// <summary>Readers or writers, for ExecutableQuery (Neo4j.Driver's RoutingControl).</summary>
public enum RoutingControl
{
    Writers,
    Readers,
}

/// <summary>Where and how an ExecutableQuery runs.</summary>
public sealed record QueryConfig(RoutingControl Routing = RoutingControl.Writers, string? Database = null, TimeSpan? Timeout = null);

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
        }, tx => tx.WithTimeout(_config.Timeout), cancellationToken).ConfigureAwait(false);
        _driver.QueryBookmarks = session.LastBookmarks;
        return result;
    }

    private SessionConfigBuilder Configure()
    {
        var builder = new SessionConfigBuilder().WithBookmarks(_driver.QueryBookmarks);
        if (_config.Database is { } database) builder.WithDatabase(database);
        return builder;
    }
}
