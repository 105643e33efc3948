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

    /// <summary>
    /// Procedures CALL may run besides the built-in db.labels, db.relationshipTypes and db.propertyKeys. Names are
    /// matched ignoring case; one given twice, or a built-in's, makes the database constructor throw ArgumentException.
    /// </summary>
    public IReadOnlyList<CypherProcedure> Procedures { get; init; } = [];
}
