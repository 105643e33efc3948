namespace InfluenceGraph.Cypher.Tests;

/// <summary>The queries the app sends, on a small seeded graph, exactly as the Server's store writes them.</summary>
public sealed class AppQueryTests
{
    internal const string Seed = """
        CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
        // the actors
        MERGE (a:Actor {id: 'india'}) SET a.name = 'India', a.kind = 'STATE', a.aliases = ['New Delhi'];
        MERGE (a:Actor {id: 'pakistan'}) SET a.name = 'Pakistan', a.kind = 'STATE', a.aliases = ['Islamabad'];
        MERGE (a:Actor {id: 'china'}) SET a.name = 'China', a.kind = 'STATE', a.aliases = ['Beijing', 'PRC'];
        MERGE (a:Actor {id: 'asim-munir'}) SET a.name = 'Asim Munir', a.kind = 'PERSON', a.aliases = [];
        /* the relations */
        MATCH (a:Actor {id: 'china'}) MATCH (b:Actor {id: 'pakistan'})
        MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'r1'}]->(b)
        ON CREATE SET r.weight = 0.8, r.since = date('2025-05-07'), r.claimedBy = [], r.quote = 'it\'s "quoted"';
        MATCH (a:Actor {id: 'india'}) MATCH (b:Actor {id: 'pakistan'})
        MERGE (a)-[r:ACCUSES {id: 'r2'}]->(b) ON CREATE SET r.weight = 0.9, r.since = date('2025-04-23');
        MATCH (a:Actor {id: 'asim-munir'}) MATCH (b:Actor {id: 'pakistan'})
        MERGE (a)-[r:LEADS {id: 'r3'}]->(b) ON CREATE SET r.weight = 1.0;
        """;

    internal static CypherDatabase Seeded()
    {
        var db = CypherDatabase.InMemory();
        db.RunScript(Seed);
        return db;
    }

    private static Dictionary<string, object?> P(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Seed_Script_CreatesActorsAndRelations()
    {
        using var db = Seeded();
        Assert.Equal(4L, db.Run("MATCH (a:Actor) RETURN count(a) AS n").Rows[0][0]);
        Assert.Equal(3L, db.Run("MATCH ()-[r]->() RETURN count(r) AS n").Rows[0][0]);
        var r1 = db.Run("MATCH ()-[r {id: 'r1'}]->() RETURN r.quote AS q, r.since AS since, r.claimedBy AS c").Records[0];
        Assert.Equal("it's \"quoted\"", r1["q"]);
        Assert.Equal(new DateOnly(2025, 5, 7), r1["since"]);
        Assert.Empty((IReadOnlyList<object?>)r1["c"]!);
    }

    [Fact]
    public void ActorsQuery_FiltersByKindAndSearch_OrdersByName()
    {
        using var db = Seeded();
        const string query = "MATCH (a:Actor) WHERE ($kind IS NULL OR a.kind = $kind) AND ($search IS NULL OR toLower(a.name) CONTAINS toLower($search) OR any(x IN a.aliases WHERE toLower(x) CONTAINS toLower($search))) RETURN a {.*} AS actor ORDER BY a.name";
        var all = db.Run(query, P(("kind", null), ("search", null)));
        Assert.Equal(["Asim Munir", "China", "India", "Pakistan"], all.Rows.Select(r => ((IReadOnlyDictionary<string, object?>)r[0]!)["name"]).ToArray());
        var states = db.Run(query, P(("kind", "STATE"), ("search", null)));
        Assert.Equal(3, states.Rows.Count);
        var byAlias = db.Run(query, P(("kind", null), ("search", "beij")));
        var actor = Assert.Single(byAlias.Rows);
        Assert.Equal("china", ((IReadOnlyDictionary<string, object?>)actor[0]!)["id"]);
        Assert.Equal(["actor"], byAlias.Columns);
    }

    [Fact]
    public void RelationsQuery_FiltersByTypeAndDate()
    {
        using var db = Seeded();
        const string query = "MATCH (a:Actor)-[r]->(b:Actor) WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf) RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation ORDER BY r.id";
        var all = db.Run(query, P(("types", null), ("asOf", null)));
        Assert.Equal(["r1", "r2", "r3"], all.Rows.Select(r => ((IReadOnlyDictionary<string, object?>)r[0]!)["id"]).ToArray());
        var first = (IReadOnlyDictionary<string, object?>)all.Rows[0][0]!;
        Assert.Equal("SUPPLIES_ARMS_TO", first["type"]);
        Assert.Equal("china", first["from"]);
        Assert.Equal("pakistan", first["to"]);
        var early = db.Run(query, P(("types", null), ("asOf", new DateOnly(2025, 5, 1))));
        Assert.Equal(["r2", "r3"], early.Rows.Select(r => ((IReadOnlyDictionary<string, object?>)r[0]!)["id"]).ToArray());
        var typed = db.Run(query, P(("types", new[] { "ACCUSES", "LEADS" }), ("asOf", null)));
        Assert.Equal(2, typed.Rows.Count);
    }

    [Fact]
    public void UpsertActor_CreatesThenUpdates()
    {
        using var db = Seeded();
        const string query = "MERGE (a:Actor {id: $id}) ON CREATE SET a.created = true SET a += $props RETURN a {.*} AS actor";
        var props = new Dictionary<string, object?> { ["name"] = "Quad", ["kind"] = "ALLIANCE", ["aliases"] = new List<string>() };
        var created = db.Run(query, P(("id", "quad"), ("props", props)));
        Assert.Equal(1, created.Counters.NodesCreated);
        var actor = (IReadOnlyDictionary<string, object?>)created.Rows[0][0]!;
        Assert.Equal(true, actor["created"]);
        Assert.Equal("Quad", actor["name"]);
        var updated = db.Run(query, P(("id", "quad"), ("props", new Dictionary<string, object?> { ["name"] = "The Quad" })));
        Assert.Equal(0, updated.Counters.NodesCreated);
        Assert.Equal("The Quad", ((IReadOnlyDictionary<string, object?>)updated.Rows[0][0]!)["name"]);
        Assert.Equal(5L, db.Run("MATCH (a:Actor) RETURN count(*) AS n").Rows[0][0]);
    }

    [Fact]
    public void AddRelation_WithDynamicType_CreatesTypedRelationship()
    {
        using var db = Seeded();
        var props = new Dictionary<string, object?> { ["id"] = "r9", ["weight"] = 0.5, ["since"] = new DateOnly(2025, 5, 10) };
        var result = db.Run("MATCH (a:Actor {id: $from}) MATCH (b:Actor {id: $to}) CREATE (a)-[r:$($type)]->(b) SET r = $props RETURN r.id AS id",
            P(("from", "china"), ("to", "india"), ("type", "THREATENS"), ("props", props)));
        Assert.Equal("r9", result.Rows[0][0]);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        Assert.Equal("THREATENS", db.Run("MATCH ()-[r {id: 'r9'}]->() RETURN type(r) AS t").Rows[0][0]);
    }

    [Fact]
    public void RemoveRelation_DeletesAndCounts()
    {
        using var db = Seeded();
        const string query = "MATCH ()-[r]->() WHERE r.id = $id DELETE r RETURN count(r) AS deleted";
        Assert.Equal(1L, db.Run(query, P(("id", "r2"))).Rows[0][0]);
        Assert.Equal(0L, db.Run(query, P(("id", "r2"))).Rows[0][0]);
        Assert.Equal(2L, db.Run("MATCH ()-[r]->() RETURN count(r) AS n").Rows[0][0]);
    }

    [Fact]
    public void PathsQuery_FindsUndirectedPathsUpToFourHops()
    {
        using var db = Seeded();
        var result = db.Run("MATCH p = (a:Actor {id: $from})-[*1..4]-(b:Actor {id: $to}) RETURN [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | r.id] AS relations ORDER BY length(p) LIMIT 20",
            P(("from", "china"), ("to", "india")));
        var row = Assert.Single(result.Rows);
        Assert.Equal(new object?[] { "china", "pakistan", "india" }, ((IReadOnlyList<object?>)row[0]!).ToArray());
        Assert.Equal(new object?[] { "r1", "r2" }, ((IReadOnlyList<object?>)row[1]!).ToArray());
        var munir = db.Run("MATCH p = (a:Actor {id: $from})-[*1..4]-(b:Actor {id: $to}) RETURN [n IN nodes(p) | n.id] AS actors ORDER BY length(p) LIMIT 20",
            P(("from", "asim-munir"), ("to", "india")));
        Assert.Equal(new object?[] { "asim-munir", "pakistan", "india" }, ((IReadOnlyList<object?>)Assert.Single(munir.Rows)[0]!).ToArray());
    }

    [Theory]
    [InlineData("MATCH (a:Actor {id: $id}) OPTIONAL MATCH (a)-[r]-(b:Actor) RETURN a {.*} AS actor, collect(DISTINCT b.id) AS neighbours", 1)]
    [InlineData("MATCH (a:Actor {id: $id})-[*1..2]-(b:Actor) WITH collect(DISTINCT b) + collect(DISTINCT a) AS nodes UNWIND nodes AS n RETURN DISTINCT n.id AS id ORDER BY id", 4)]
    [InlineData("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.status IN coalesce($status, ['CLAIMED', null]) OR r.status IS NULL RETURN startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props", 3)]
    [InlineData("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, size([(a)--() | 1]) AS degree ORDER BY degree DESC, id", 2)]
    [InlineData("MATCH (a:Actor) RETURN a.kind AS kind, count(*) AS n ORDER BY n DESC, kind", 2)]
    [InlineData("MATCH ()-[r]->() WHERE coalesce(r.since, date('1900-01-01')) <= date($asOf) RETURN r.id AS id", 3)]
    public void PlausibleServerQuery_Runs(string query, int expectedRows)
    {
        using var db = Seeded();
        var result = db.Run(query, P(("id", "pakistan"), ("status", null), ("ids", new[] { "india", "pakistan" }), ("asOf", "2025-06-01")));
        Assert.Equal(expectedRows, result.Rows.Count);
    }
}
