using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.Pool;
using InfluenceGraph.Bolt.Internal.Retry;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>
/// A session: auto-commit queries (RUN with bookmarks, db and mode in extra, then PULL n), explicit transactions and
/// retried transaction functions (AsyncSession.Transactions.cs). Bookmarks chain each unit of work to the last one.
/// </summary>
internal sealed partial class AsyncSession(DriverContext driver, SessionConfigBuilder config) : IAsyncSession
{
    private ResultCursor? _lastCursor;
    private AsyncTransaction? _transaction;
    private string? _homeDatabase;
    private bool _closed;

    public Bookmarks LastBookmarks { get; private set; } = config.Bookmarks;
    private long FetchSize => config.FetchSize ?? driver.Config.FetchSize;

    /// <summary>The configured database, else the home database routing resolved for this session (null until then).</summary>
    private string? Database => config.Database ?? _homeDatabase;

    public Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, null, cancellationToken);

    public async Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (_transaction is { IsOpen: true }) throw new ClientException(ErrorMessages.TransactionOpen);
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        var txConfig = TransactionConfigBuilder.Build(configure);
        var lease = await AcquireAsync(config.DefaultAccessMode, cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        try
        {
            var telemetry = SendTelemetry(lease, TelemetryApi.AutoCommit);
            connection.Enqueue(new RunMessage(query, Parameters.From(parameters), TransactionExtra(config.DefaultAccessMode, txConfig)));
            connection.Enqueue(new PullMessage(FetchSize, -1));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (telemetry) await connection.ExpectSuccessAsync("TELEMETRY", cancellationToken).ConfigureAwait(false);
            var run = await connection.ExpectSuccessAsync("RUN", cancellationToken).ConfigureAwait(false);
            var keys = (run.GetValueOrDefault("fields") as List<object?> ?? []).Cast<string>().ToArray();
            _lastCursor = new ResultCursor(connection, query, keys, -1, FetchSize, run, async (summary, error) =>
            {
                if (summary?.GetValueOrDefault("bookmark") is string bookmark) LastBookmarks = Bookmarks.From(bookmark);
                await lease.ReleaseAsync(error).ConfigureAwait(false);
            });
            return _lastCursor;
        }
        catch (Exception error)
        {
            await lease.ReleaseAsync(error).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A connection for the session's database. The first time routing resolves the home database (no database was
    /// configured), the session is pinned to it, as Neo4j's drivers do: every later BEGIN and RUN names it, so a change
    /// of the user's home database on the server cannot move the session's work, or its retries, elsewhere.
    /// </summary>
    internal async Task<Lease> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var lease = await driver.Provider.AcquireAsync(mode, Database, LastBookmarks, cancellationToken).ConfigureAwait(false);
        _homeDatabase ??= config.Database is null ? lease.Database : null;
        return lease;
    }

    /// <summary>Sends TELEMETRY (5.4+) once per connection and API, only when the server's HELLO hints asked for it.</summary>
    internal static bool SendTelemetry(Lease lease, TelemetryApi api)
    {
        if (!lease.Connection.TelemetryEnabled || !lease.Connection.TelemetrySent.Add(api)) return false;
        lease.Connection.Enqueue(new TelemetryMessage(api));
        return true;
    }

    // RUN (auto-commit) and BEGIN extra: bookmarks, tx_timeout (ms), tx_metadata, mode ("r"; "w" is the default), db
    // (configured, or the pinned home database; none on bolt:// without one, where the server picks).
    internal Dictionary<string, object?> TransactionExtra(AccessMode mode, TransactionConfigBuilder txConfig)
    {
        var extra = new Dictionary<string, object?>();
        if (LastBookmarks.Values.Count > 0) extra["bookmarks"] = LastBookmarks.Values.ToList();
        if (txConfig.Timeout is { } timeout) extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        if (txConfig.Metadata is { Count: > 0 } metadata) extra["tx_metadata"] = metadata;
        if (mode == AccessMode.Read) extra["mode"] = "r";
        if (Database is { } database) extra["db"] = database;
        return extra;
    }

    /// <summary>Buffers the previous auto-commit result so its connection is free for the next query.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_lastCursor is { } cursor)
        {
            _lastCursor = null;
            try
            {
                await cursor.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // That query's error belongs to its own cursor; the reader sees it there.
            }
        }
    }

    internal void TransactionFinished(AsyncTransaction transaction, string? bookmark)
    {
        if (bookmark is not null) LastBookmarks = Bookmarks.From(bookmark);
        if (ReferenceEquals(_transaction, transaction)) _transaction = null;
    }

    private void EnsureOpen()
    {
        if (_closed) throw new ClientException(ErrorMessages.SessionClosed);
    }

    public async Task CloseAsync()
    {
        if (_closed) return;
        if (_transaction is { IsOpen: true } transaction) await transaction.RollbackAsync().ConfigureAwait(false);
        if (_lastCursor is { IsOpen: true } cursor)
        {
            try
            {
                await cursor.ConsumeAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // Closing must not fail because of an unread result's error.
            }
        }
        _closed = true;
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    internal RetryLogic NewRetryLogic() => new(driver.Config);
}
