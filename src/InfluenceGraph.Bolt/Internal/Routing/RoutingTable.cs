namespace InfluenceGraph.Bolt.Internal.Routing;

/// <summary>
/// One database's routing table from ROUTE's `rt` (BOLT-SPEC.md section 3.1): routers, readers and writers, valid for
/// `ttl` seconds. Servers that fail are forgotten until the next refresh.
/// </summary>
internal sealed class RoutingTable
{
    private readonly object _gate = new();
    private int _next;

    public RoutingTable(string database, IEnumerable<ServerAddress> routers, IEnumerable<ServerAddress> readers, IEnumerable<ServerAddress> writers, DateTime expiresAt)
    {
        Database = database;
        Routers = routers.ToList();
        Readers = readers.ToList();
        Writers = writers.ToList();
        ExpiresAt = expiresAt;
    }

    public string Database { get; }
    public List<ServerAddress> Routers { get; }
    public List<ServerAddress> Readers { get; }
    public List<ServerAddress> Writers { get; }
    public DateTime ExpiresAt { get; }

    /// <summary>Stale when expired, or when it has no server for the mode asked for.</summary>
    public bool IsStale(AccessMode mode)
    {
        lock (_gate)
            return DateTime.UtcNow >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);
    }

    /// <summary>Servers for the mode, rotated so that load spreads across them.</summary>
    public List<ServerAddress> Candidates(AccessMode mode)
    {
        lock (_gate)
        {
            var list = mode == AccessMode.Read ? Readers : Writers;
            if (list.Count == 0) return [];
            var start = _next++ % list.Count;
            return [.. list.Skip(start), .. list.Take(start)];
        }
    }

    public void Forget(ServerAddress address)
    {
        lock (_gate)
        {
            Readers.Remove(address);
            Writers.Remove(address);
            Routers.Remove(address);
        }
    }

    public void ForgetWriter(ServerAddress address)
    {
        lock (_gate) Writers.Remove(address);
    }

    /// <summary>Parses ROUTE SUCCESS {rt: {ttl, db, servers: [{addresses, role}]}}.</summary>
    public static RoutingTable Parse(Dictionary<string, object?> metadata, string requestedDatabase)
    {
        var rt = metadata.GetValueOrDefault("rt") as Dictionary<string, object?> ?? throw new ProtocolException(ErrorMessages.UnexpectedMessage("ROUTE SUCCESS without rt", "a routing table"));
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? 300;
        var database = rt.GetValueOrDefault("db") as string ?? requestedDatabase;
        var servers = (rt.GetValueOrDefault("servers") as List<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();
        List<ServerAddress> Role(string role) => servers.Where(s => s.GetValueOrDefault("role") as string == role)
            .SelectMany(s => (s.GetValueOrDefault("addresses") as List<object?> ?? []).OfType<string>()).Select(ServerAddress.Parse).ToList();
        var expires = ttl > 1_000_000_000 ? DateTime.MaxValue : DateTime.UtcNow.AddSeconds(ttl);
        return new RoutingTable(database, Role("ROUTE"), Role("READ"), Role("WRITE"), expires);
    }
}
