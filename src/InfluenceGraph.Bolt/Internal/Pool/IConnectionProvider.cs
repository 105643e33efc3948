using InfluenceGraph.Bolt.Internal.IO;

namespace InfluenceGraph.Bolt.Internal.Pool;

/// <summary>Hands out connections for a mode and database: one server (bolt://) or a routing table (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<Lease> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken cancellationToken);

    /// <summary>Told of an error on a lease's connection, so a routing table can forget a failed server or writer.</summary>
    void OnError(ServerAddress address, string? database, Exception error);
}

/// <summary>A borrowed connection; release it exactly once.</summary>
internal sealed class Lease(BoltConnection connection, ConnectionPool pool, IConnectionProvider provider, string? database)
{
    private int _released;

    public BoltConnection Connection { get; } = connection;

    /// <summary>
    /// The database the connection was chosen for: the one asked for or, when none was, the home database the routing
    /// table named (ROUTE's rt.db); null on bolt://, where the server alone resolves the home database.
    /// </summary>
    public string? Database { get; } = database;

    public async ValueTask ReleaseAsync(Exception? error = null)
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        if (error is not null) provider.OnError(Connection.Address, Database, error);
        await pool.ReleaseAsync(Connection).ConfigureAwait(false);
    }
}

/// <summary>bolt://: every connection goes to the one server in the URI.</summary>
internal sealed class DirectProvider(ServerAddress address, ConnectionSettings settings) : IConnectionProvider
{
    private readonly ConnectionPool _pool = new(address, settings);

    public ConnectionPool Pool => _pool;

    public async Task<Lease> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken cancellationToken) =>
        new(await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false), _pool, this, database);

    public void OnError(ServerAddress address, string? database, Exception error) { }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
