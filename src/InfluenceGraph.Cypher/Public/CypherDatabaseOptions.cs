namespace InfluenceGraph.Cypher;

/// <summary>What a <see cref="CypherDatabase"/> may reach beyond its own store.</summary>
public sealed class CypherDatabaseOptions
{
    /// <summary>
    /// The folder LOAD CSV reads from, like Neo4j's <c>server.directories.import</c>: <c>file:///a/b.csv</c> is
    /// <c>a/b.csv</c> inside it, and nothing outside it (no <c>..</c>, no symbolic link leading out, no other scheme)
    /// can be read. None: LOAD CSV is refused.
    /// </summary>
    public string? ImportDirectory { get; init; }
}
