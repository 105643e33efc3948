using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ShortestPathTests
{
    // a -> b -> c -> d -> e (KNOWS), a -> x -> e (LIKES), b -> y -> d (KNOWS), plus an isolated z
    private static CypherDatabase Graph()
    {
        var db = CypherDatabase.InMemory();
        db.Run("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (e:N {name: 'e'}),
                   (x:N {name: 'x'}), (y:N {name: 'y'}), (z:N {name: 'z'}),
                   (a)-[:KNOWS]->(b), (b)-[:KNOWS]->(c), (c)-[:KNOWS]->(d), (d)-[:KNOWS]->(e),
                   (a)-[:LIKES]->(x), (x)-[:LIKES]->(e), (b)-[:KNOWS]->(y), (y)-[:KNOWS]->(d)
            """);
        return db;
    }

    private static string PathNames(object? path) =>
        string.Join("", ((Path)path!).Nodes.Select(n => (string)n.Properties["name"]!));

    private static List<string> Paths(CypherDatabase db, string query) =>
        db.Run(query).Rows.Select(r => PathNames(r[0])).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void ShortestPath_Outgoing_FindsFewestHops()
    {
        using var db = Graph();
        Assert.Equal(["axe"], Paths(db, "MATCH p = shortestPath((:N {name: 'a'})-[*..6]->(:N {name: 'e'})) RETURN p"));
    }

    [Fact]
    public void ShortestPath_TypeFilter_AvoidsOtherTypes()
    {
        using var db = Graph();
        var rows = db.Run("MATCH p = shortestPath((:N {name: 'a'})-[:KNOWS*..6]->(:N {name: 'e'})) RETURN length(p), p").Rows;
        Assert.Single(rows);
        Assert.Equal(4L, rows[0][0]);
        Assert.Contains(PathNames(rows[0][1]), new[] { "abcde", "abyde" });
    }

    [Fact]
    public void AllShortestPaths_TypeFilter_ReturnsEveryShortestPath()
    {
        using var db = Graph();
        Assert.Equal(["abcde", "abyde"], Paths(db, "MATCH p = allShortestPaths((:N {name: 'a'})-[:KNOWS*]->(:N {name: 'e'})) RETURN p"));
    }

    [Fact]
    public void ShortestPath_AgainstArrows_FindsNothingDirectedButFindsUndirected()
    {
        using var db = Graph();
        Assert.Empty(db.Run("MATCH p = shortestPath((:N {name: 'e'})-[*]->(:N {name: 'a'})) RETURN p").Rows);
        Assert.Equal(["exa"], Paths(db, "MATCH p = shortestPath((:N {name: 'e'})-[*]-(:N {name: 'a'})) RETURN p"));
        Assert.Equal(["exa"], Paths(db, "MATCH p = shortestPath((:N {name: 'e'})<-[*]-(:N {name: 'a'})) RETURN p"));
    }

    [Fact]
    public void ShortestPath_MaxHops_LimitsTheSearch()
    {
        using var db = Graph();
        Assert.Empty(db.Run("MATCH p = shortestPath((:N {name: 'a'})-[:KNOWS*..3]->(:N {name: 'e'})) RETURN p").Rows);
        Assert.Single(db.Run("MATCH p = shortestPath((:N {name: 'a'})-[:KNOWS*..4]->(:N {name: 'e'})) RETURN p").Rows);
        Assert.Empty(db.Run("MATCH p = shortestPath((:N {name: 'a'})-[:KNOWS]->(:N {name: 'c'})) RETURN p").Rows);
        Assert.Equal(["ab"], Paths(db, "MATCH p = shortestPath((:N {name: 'a'})-[:KNOWS]->(:N {name: 'b'})) RETURN p"));
    }

    [Fact]
    public void ShortestPath_SameNode_NeedsMinimumZero()
    {
        using var db = Graph();
        Assert.Empty(db.Run("MATCH p = shortestPath((a:N {name: 'a'})-[*]-(b:N {name: 'a'})) RETURN p").Rows);
        var rows = db.Run("MATCH p = shortestPath((a:N {name: 'a'})-[*0..]-(b:N {name: 'a'})) RETURN length(p), size(nodes(p))").Rows;
        Assert.Equal([0L, 1L], rows.Single());
    }

    [Fact]
    public void ShortestPath_Unreachable_GivesNoRowOrNullInOptionalMatch()
    {
        using var db = Graph();
        Assert.Empty(db.Run("MATCH p = shortestPath((:N {name: 'a'})-[*]-(:N {name: 'z'})) RETURN p").Rows);
        var rows = db.Run("MATCH (a:N {name: 'a'}), (z:N {name: 'z'}) OPTIONAL MATCH p = shortestPath((a)-[*]-(z)) RETURN a.name, p").Rows;
        Assert.Equal(["a", null], rows.Single());
    }

    [Fact]
    public void ShortestPath_BoundEndpointsAndFunctions_ReturnNodesAndRelationships()
    {
        using var db = Graph();
        var rows = db.Run("""
            MATCH (a:N {name: 'a'}), (e:N {name: 'e'})
            MATCH p = shortestPath((a)-[rs:LIKES*]->(e))
            RETURN [n IN nodes(p) | n.name], [r IN relationships(p) | type(r)], size(rs), length(p)
            """).Rows;
        Assert.Equal([(object?)new List<object?> { "a", "x", "e" }, new List<object?> { "LIKES", "LIKES" }, 2L, 2L], rows.Single());
    }

    [Fact]
    public void ShortestPath_UnboundEnds_SearchesEveryPair()
    {
        using var db = Graph();
        var rows = db.Run("MATCH p = shortestPath((s:N)-[:LIKES*]->(t:N)) RETURN s.name + t.name, length(p) ORDER BY s.name, t.name").Rows;
        Assert.Equal(["ae", "ax", "xe"], rows.Select(r => (string)r[0]!));
        Assert.Equal([2L, 1L, 1L], rows.Select(r => (long)r[1]!));
    }

    [Fact]
    public void ShortestPath_RandomGraph_AgreesWithExhaustiveSearch()
    {
        using var db = CypherDatabase.InMemory();
        var random = new Random(7);
        var edges = Enumerable.Range(0, 40).Select(_ => new List<object?> { (long)random.Next(15), (long)random.Next(15), random.Next(2) == 0 ? "A" : "B" }).ToList();
        db.Run("UNWIND range(0, 14) AS i CREATE (:V {i: i})");
        db.Run("UNWIND $edges AS e MATCH (s:V {i: e[0]}), (t:V {i: e[1]}) CREATE (s)-[:R {t: e[2]}]->(t)", P(("edges", edges)));
        foreach (var arrow in new[] { "-", "->" })
            for (var s = 0L; s < 15; s += 3)
                for (var t = 0L; t < 15; t += 2)
                {
                    var parameters = P(("s", s), ("t", t));
                    var exhaustive = db.Run($"MATCH p = (:V {{i: $s}})-[*1..4]{arrow}(:V {{i: $t}}) WITH length(p) AS l, p ORDER BY l WITH collect(p) AS ps, min(l) AS m RETURN m, size([q IN ps WHERE length(q) = m])", parameters).Rows.Single();
                    var shortest = db.Run($"MATCH p = shortestPath((:V {{i: $s}})-[*..4]{arrow}(:V {{i: $t}})) RETURN length(p)", parameters).Rows;
                    var all = db.Run($"MATCH p = allShortestPaths((:V {{i: $s}})-[*..4]{arrow}(:V {{i: $t}})) RETURN length(p)", parameters).Rows;
                    if (exhaustive[0] is null || s == t)
                    {
                        Assert.Empty(shortest);
                        continue;
                    }
                    Assert.Equal(exhaustive[0], shortest.Single()[0]);
                    Assert.Equal(exhaustive[1], (long)all.Count);
                    Assert.All(all, r => Assert.Equal(exhaustive[0], r[0]));
                }
    }

    [Theory]
    [InlineData("MATCH p = shortestPath((a)-[*]-(b)-[*]-(c)) RETURN p", "single relationship")]
    [InlineData("MATCH p = shortestPath((a)) RETURN p", "single relationship")]
    [InlineData("MATCH p = shortestPath((a)-[*2..5]-(b)) RETURN p", "minimal length")]
    [InlineData("MATCH (a), (b) CREATE p = shortestPath((a)-[:T]->(b))", "CREATE")]
    [InlineData("MATCH (a), (b) MERGE p = shortestPath((a)-[:T]->(b))", "MERGE")]
    public void ShortestPath_BadShape_IsSyntaxError(string query, string mention)
    {
        using var db = CypherDatabase.InMemory();
        var error = Fails(() => db.Run(query));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Contains(mention, error.Message);
    }
}
