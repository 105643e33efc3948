namespace InfluenceGraph.Server.Stores;

/// <summary>
/// Every Cypher text the app sends, in one place. Each runs unchanged on the embedded engine and on Neo4j 5, and
/// takes user input only through parameters (relationship types too, through Neo4j 5.26's dynamic <c>$(...)</c>).
/// </summary>
public static class GraphQueries
{
    public const string AllActors = """
        MATCH (a:Actor)
        RETURN a {.*} AS actor
        ORDER BY a.name
        """;

    // Unordered: the reader orders the relations by id itself, in memory, where it costs a fraction of a sort in the
    // store (at 1M relations the embedded engine's ORDER BY doubled the read, 12.6 -> 24.9 s).
    public const string AllRelations = """
        MATCH (a:Actor)-[r]->(b:Actor)
        RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
        """;

    public const string AllSources = """
        MATCH (s:Source)
        RETURN s {.*} AS source
        ORDER BY s.id
        """;

    public const string CountActors = """
        MATCH (a:Actor)
        RETURN count(a) AS actors
        """;

    public const string UpsertActor = """
        MERGE (a:Actor {id: $id})
        SET a.name = $name, a.kind = $kind, a.aliases = $aliases, a.country = $country, a.description = $description
        RETURN a {.*} AS actor
        """;

    public const string AddRelation = """
        MATCH (a:Actor {id: $from})
        MATCH (b:Actor {id: $to})
        CREATE (a)-[r:$($type)]->(b)
        SET r = $props
        RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
        """;

    public const string RemoveRelation = """
        MATCH (:Actor {id: $from})-[r]->(:Actor {id: $to})
        WHERE r.id = $id
        DELETE r
        RETURN count(*) AS removed
        """;

    /// <summary>A script's application, recorded in the script's own transaction (see ScriptApplication).</summary>
    public const string RecordScriptApplication = """
        CREATE (s:ScriptApply {id: $id, sha256: $sha256, name: $name, appliedAt: $appliedAt, statements: $statements})
        RETURN s.id AS id
        """;

    public const string ScriptApplicationById = """
        MATCH (s:ScriptApply {id: $id})
        RETURN s {.*} AS application
        """;

    public const string ScriptApplicationByHash = """
        MATCH (s:ScriptApply {sha256: $sha256})
        RETURN s {.*} AS application
        ORDER BY s.appliedAt DESC
        LIMIT 1
        """;

    /// <summary>Every query above, for the linter and the contract tests.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        (nameof(AllActors), AllActors), (nameof(AllRelations), AllRelations), (nameof(AllSources), AllSources),
        (nameof(CountActors), CountActors), (nameof(UpsertActor), UpsertActor),
        (nameof(AddRelation), AddRelation), (nameof(RemoveRelation), RemoveRelation),
        (nameof(RecordScriptApplication), RecordScriptApplication), (nameof(ScriptApplicationById), ScriptApplicationById),
        (nameof(ScriptApplicationByHash), ScriptApplicationByHash),
    ];
}
