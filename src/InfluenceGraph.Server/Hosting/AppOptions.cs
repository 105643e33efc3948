namespace InfluenceGraph.Server.Hosting;

/// <summary>Where the graph lives (section "Store").</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";
    public const string EmbeddedProvider = "Embedded";
    public const string Neo4jProvider = "Neo4j";

    /// <summary>"Embedded" (default) or "Neo4j" (then the NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE settings).</summary>
    public string Provider { get; set; } = EmbeddedProvider;
    /// <summary>The embedded store's data directory.</summary>
    public string DataDir { get; set; } = "data";
    /// <summary>Seconds a loaded graph is reused before it is read again (catches writes made outside this process).</summary>
    public double CacheSeconds { get; set; } = 30;
}

/// <summary>Who may write (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The key writes must present as "Authorization: Bearer KEY". No key: every write is refused.</summary>
    public string? Key { get; set; }
    /// <summary>Largest GraphQL request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
    /// <summary>Deepest selection nesting a GraphQL query may have.</summary>
    public int MaxDepth { get; set; } = 12;
}
