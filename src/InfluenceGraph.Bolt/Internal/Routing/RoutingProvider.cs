using System.Collections.Concurrent;
using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.Pool;

namespace InfluenceGraph.Bolt.Internal.Routing;

/// <summary>
/// neo4j://: a routing table per database fetched with ROUTE from a router, refreshed when its TTL runs out or it
/// lacks a server for the mode; readers serve read work, writers write work; a server that fails is forgotten and a
/// writer that refuses writes is dropped from the writers.
/// </summary>
internal sealed class RoutingProvider(ServerAddress seed, ConnectionSettings settings) : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);

    private const string HomeDatabase = "";

    public ConnectionPool PoolFor(ServerAddress address) => _pools.GetOrAdd(address, a => new ConnectionPool(a, settings));

    public async Task<Lease> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken cancellationToken)
    {
        var table = await TableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var resolved = database ?? (table.Database == HomeDatabase ? null : table.Database);
        var candidates = table.Candidates(mode);
        if (candidates.Count == 0)
            throw new SessionExpiredException(ErrorMessages.NoServers(mode == AccessMode.Read ? "reader" : "writer", table.Database));
        Exception? last = null;
        foreach (var address in candidates)
        {
            try
            {
                var pool = PoolFor(address);
                return new Lease(await pool.AcquireAsync(cancellationToken).ConfigureAwait(false), pool, this, resolved);
            }
            catch (ServiceUnavailableException error)
            {
                table.Forget(address);
                last = error;
            }
        }
        throw new SessionExpiredException(ErrorMessages.NoServers(mode == AccessMode.Read ? "reader" : "writer", table.Database) + " " + last?.Message);
    }

    public void OnError(ServerAddress address, string? database, Exception error)
    {
        if (!_tables.TryGetValue(database ?? HomeDatabase, out var table)) return;
        if (error is ServiceUnavailableException) table.Forget(address);
        else if (error is SessionExpiredException) table.ForgetWriter(address);
    }

    public async Task<RoutingTable> TableAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? HomeDatabase;
        if (_tables.TryGetValue(key, out var table) && !table.IsStale(mode)) return table;
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStale(mode)) return table;
            table = await FetchAsync(table, database, bookmarks, cancellationToken).ConfigureAwait(false);
            _tables[key] = table;
            // Sessions pin themselves to the home database the table names, and then ask for it by name: the same
            // table serves them, as the JS driver registers a table under the database it is for.
            if (table.Database != key && table.Database != HomeDatabase) _tables[table.Database] = table;
            return table;
        }
        finally
        {
            _refresh.Release();
        }
    }

    // Ask the known routers in turn, then the address in the URI; the first ROUTE that succeeds wins.
    private async Task<RoutingTable> FetchAsync(RoutingTable? previous, string? database, Bookmarks bookmarks, CancellationToken cancellationToken)
    {
        var routers = (previous?.Routers ?? []).Append(seed).Distinct().ToList();
        Exception? last = null;
        foreach (var router in routers)
        {
            Lease? lease = null;
            try
            {
                var pool = PoolFor(router);
                lease = new Lease(await pool.AcquireAsync(cancellationToken).ConfigureAwait(false), pool, this, database);
                var connection = lease.Connection;
                connection.Enqueue(new RouteMessage(settings.RoutingContext ?? new Dictionary<string, object?>(), bookmarks.Values, database));
                await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                var metadata = await connection.ExpectSuccessAsync("ROUTE", cancellationToken).ConfigureAwait(false);
                await lease.ReleaseAsync().ConfigureAwait(false);
                return RoutingTable.Parse(metadata, database ?? HomeDatabase);
            }
            catch (ServiceUnavailableException error)
            {
                if (lease is not null) await lease.ReleaseAsync().ConfigureAwait(false);
                last = error;
            }
            catch
            {
                if (lease is not null) await lease.ReleaseAsync().ConfigureAwait(false);
                throw;
            }
        }
        throw new ServiceUnavailableException(ErrorMessages.NoRouters(database ?? "(home)"), last);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values) await pool.DisposeAsync().ConfigureAwait(false);
    }
}
