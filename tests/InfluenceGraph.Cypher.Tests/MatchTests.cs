using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class MatchTests
{
    // a -> b -> c -> d, a -> c (KNOWS except b->c which is LIKES), plus an isolated e
    private static CypherDatabase Chain()
    {
        var db = CypherDatabase.InMemory();
        db.Run("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (d:N {name: 'd'}), (e:N:Lonely {name: 'e'}),
                   (a)-[:KNOWS {w: 1}]->(b), (b)-[:LIKES {w: 2}]->(c), (c)-[:KNOWS {w: 3}]->(d), (a)-[:KNOWS {w: 4}]->(c)
            """);
        return db;
    }

    private static string Names(QueryResult result) => string.Join(",", result.Rows.Select(r => string.Join("", r.Select(v => v?.ToString() ?? "null"))));

    [Fact]
    public void Match_LabelAndProperties_FiltersNodes()
    {
        using var db = Chain();
        Assert.Equal("e", Names(db.Run("MATCH (n:Lonely) RETURN n.name")));
        Assert.Equal("c", Names(db.Run("MATCH (n:N {name: 'c'}) RETURN n.name")));
        Assert.Equal(5, db.Run("MATCH (n) RETURN n").Rows.Count);
    }

    [Fact]
    public void Match_Directions_FollowArrows()
    {
        using var db = Chain();
        Assert.Equal("b,c", Names(db.Run("MATCH (:N {name: 'a'})-->(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal("", Names(db.Run("MATCH (:N {name: 'a'})<--(x) RETURN x.name")));
        Assert.Equal("a,b,d", Names(db.Run("MATCH (:N {name: 'c'})--(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal("a,b", Names(db.Run("MATCH (x)-->(:N {name: 'c'}) RETURN x.name ORDER BY x.name")));
    }

    [Fact]
    public void Match_TypeAlternatives_MatchEither()
    {
        using var db = Chain();
        Assert.Equal("1,3,4", Names(db.Run("MATCH ()-[r:KNOWS]->() RETURN r.w ORDER BY r.w")));
        Assert.Equal("1,2,3,4", Names(db.Run("MATCH ()-[r:KNOWS|LIKES]->() RETURN r.w ORDER BY r.w")));
        Assert.Equal("1,2,3,4", Names(db.Run("MATCH ()-[r:KNOWS|:LIKES]->() RETURN r.w ORDER BY r.w")));
    }

    [Fact]
    public void Match_VariableLength_HonoursBounds()
    {
        using var db = Chain();
        Assert.Equal("b,c,c,d,d", Names(db.Run("MATCH (:N {name: 'a'})-[*]->(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal("c,d", Names(db.Run("MATCH (:N {name: 'a'})-[*2]->(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal("b,c,c,d", Names(db.Run("MATCH (:N {name: 'a'})-[*..2]->(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal("d", Names(db.Run("MATCH (:N {name: 'a'})-[*3..4]->(x) RETURN x.name")));
        Assert.Equal("a", Names(db.Run("MATCH (:N {name: 'a'})-[*0..0]->(x) RETURN x.name")));
        Assert.Equal("c", Names(db.Run("MATCH (:N {name: 'a'})-[:KNOWS*]->(x)-[:KNOWS]->(:N {name: 'd'}) RETURN x.name")));
    }

    [Fact]
    public void Match_ZeroLengthPath_VisitsItsNodeOnce()
    {
        using var db = Chain();
        var rows = db.Run("MATCH p = (:N {name: 'a'})-[*0..1]->(x) WHERE x.name <> 'c' RETURN length(p), [n IN nodes(p) | n.name] ORDER BY length(p)").Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("0 ['a']", $"{rows[0][0]} {Show(rows[0][1])}");
        Assert.Equal("1 ['a', 'b']", $"{rows[1][0]} {Show(rows[1][1])}");
    }

    [Fact]
    public void Match_VariableLengthRelationshipVariable_IsAList()
    {
        using var db = Chain();
        var result = db.Run("MATCH (:N {name: 'a'})-[rs*2]->(:N {name: 'd'}) RETURN [r IN rs | r.w] AS ws");
        Assert.Equal("[4, 3]", Show(Assert.Single(result.Rows)[0]));
    }

    [Fact]
    public void Match_PathVariable_ReturnsNodesInOrder()
    {
        using var db = Chain();
        var result = db.Run("MATCH p = (:N {name: 'd'})<-[*]-(:N {name: 'a'}) RETURN [n IN nodes(p) | n.name] AS names, p ORDER BY length(p)");
        Assert.Equal("['d', 'c', 'a']", Show(result.Rows[0][0]));
        Assert.Equal("['d', 'c', 'b', 'a']", Show(result.Rows[1][0]));
        var path = Assert.IsType<Path>(result.Rows[0][1]);
        Assert.Equal(2, path.Relationships.Count);
        Assert.Equal("d", path.Nodes[0].Properties["name"]);
    }

    [Fact]
    public void Match_RelationshipUniqueness_HoldsAcrossCommaPatterns()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:X)-[:R]->(:Y)");
        Assert.Empty(db.Run("MATCH (a)-[r1]->(b), (c)-[r2]->(d) RETURN a").Rows);
        Assert.Empty(db.Run("MATCH (a)-[r1]-(b)-[r2]-(c) RETURN a").Rows);
    }

    [Fact]
    public void Match_CommaPatterns_FormCartesianProduct()
    {
        using var db = Chain();
        Assert.Equal(25, db.Run("MATCH (x), (y) RETURN x, y").Rows.Count);
    }

    [Fact]
    public void Match_RepeatedVariable_MustBeSameNode()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:A)-[:R]->(b:B)-[:R]->(a), (b)-[:R]->(:C)");
        Assert.Equal("A", Show(db.Run("MATCH (x)-->(y)-->(x) RETURN labels(x)[0] AS l ORDER BY l").Rows[0][0]).Trim('\''));
        Assert.Equal(2, db.Run("MATCH (x)-->(y)-->(x) RETURN x").Rows.Count);
    }

    [Fact]
    public void OptionalMatch_NoMatch_BindsNull()
    {
        using var db = Chain();
        var result = db.Run("MATCH (n:Lonely) OPTIONAL MATCH (n)-[r]->(m) RETURN n.name, r, m.name");
        Assert.Equal("e null null", string.Join(" ", result.Rows[0].Select(v => v?.ToString() ?? "null")));
        var some = db.Run("MATCH (n:N {name: 'a'}) OPTIONAL MATCH (n)-->(m) WHERE m.name = 'zzz' RETURN m");
        Assert.Null(Assert.Single(some.Rows)[0]);
    }

    [Fact]
    public void Where_PatternPredicate_FiltersByExistence()
    {
        using var db = Chain();
        Assert.Equal("e", Names(db.Run("MATCH (n:N) WHERE NOT (n)--() RETURN n.name")));
        Assert.Equal("a,b,c", Names(db.Run("MATCH (n:N) WHERE (n)-->(:N) RETURN n.name ORDER BY n.name")));
        Assert.Equal("a", Names(db.Run("MATCH (n:N) WHERE (n)-[:KNOWS]->(:N {name: 'c'}) RETURN n.name")));
    }

    [Fact]
    public void ExistsAndCountSubqueries_OfOnePattern_Evaluate()
    {
        using var db = Chain();
        Assert.Equal("a,b,c", Names(db.Run("MATCH (n:N) WHERE EXISTS { (n)-->() } RETURN n.name ORDER BY n.name")));
        Assert.Equal("a", Names(db.Run("MATCH (n:N) WHERE EXISTS { MATCH (n)-[r]->(m) WHERE r.w = 4 } RETURN n.name")));
        Assert.Equal("a2,b1,c1,d0,e0", Names(db.Run("MATCH (n:N) RETURN n.name + COUNT { (n)-->() } AS x ORDER BY x")));
    }

    [Fact]
    public void PatternComprehension_CollectsProjections()
    {
        using var db = Chain();
        var result = db.Run("MATCH (n:N {name: 'a'}) RETURN [(n)-[r:KNOWS]->(m) WHERE r.w > 0 | m.name] AS names, size([(n)--() | 1]) AS degree");
        Assert.Equal("['b', 'c'] 2", string.Join(" ", result.Rows[0].Select(v => Show(v is IReadOnlyList<object?> l ? l.Order().ToList() : v))));
    }

    [Fact]
    public void Where_LabelPredicate_Filters()
    {
        using var db = Chain();
        Assert.Equal("e", Names(db.Run("MATCH (n) WHERE n:Lonely RETURN n.name")));
    }

    [Fact]
    public void With_ProjectsOrdersAndLimits()
    {
        using var db = Chain();
        var result = db.Run("MATCH (n:N) WITH n.name AS name ORDER BY name DESC SKIP 1 LIMIT 2 RETURN name");
        Assert.Equal("d,c", Names(result));
        Assert.Equal("b,c", Names(db.Run("MATCH (n:N) WITH n WHERE n.name IN ['b', 'c'] RETURN n.name ORDER BY n.name")));
    }

    [Fact]
    public void Unwind_ExpandsListsAndSkipsNull()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal("1,2,3", Names(db.Run("UNWIND [1, 2, 3] AS x RETURN x")));
        Assert.Empty(db.Run("UNWIND null AS x RETURN x").Rows);
        Assert.Empty(db.Run("UNWIND [] AS x RETURN x").Rows);
        Assert.Equal("11,12,21,22", Names(db.Run("UNWIND [1, 2] AS x UNWIND [1, 2] AS y RETURN x * 10 + y AS v ORDER BY v")));
    }

    [Fact]
    public void Return_Star_ReturnsVariablesByName()
    {
        using var db = CypherDatabase.InMemory();
        var result = db.Run("WITH 1 AS b, 2 AS a RETURN *");
        Assert.Equal(["a", "b"], result.Columns);
        Assert.Equal("21", Names(result));
    }

    [Fact]
    public void Return_UnaliasedExpression_UsesItsText()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal(["1 + 2", "toUpper('x')"], db.Run("RETURN 1 + 2, toUpper('x')").Columns);
    }

    [Fact]
    public void OrderBy_MixedValues_SortsNullsLast()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal("1,2,3,null", Names(db.Run("UNWIND [3, null, 1, 2] AS x RETURN x ORDER BY x")));
        Assert.Equal("null,3,2,1", Names(db.Run("UNWIND [3, null, 1, 2] AS x RETURN x ORDER BY x DESC")));
    }

    [Fact]
    public void Union_CombinesAndDeduplicates()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal("1,2", Names(db.Run("RETURN 1 AS x UNION RETURN 2 AS x UNION RETURN 1 AS x")));
        Assert.Equal("1,1", Names(db.Run("RETURN 1 AS x UNION ALL RETURN 1 AS x")));
    }

    [Fact]
    public void Match_UniqueConstraintLookup_UsesIndex()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE CONSTRAINT c FOR (a:A) REQUIRE a.id IS UNIQUE");
        db.Run("UNWIND range(1, 2000) AS i CREATE (:A {id: 'a' + i})");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++)
            Assert.Single(db.Run("MATCH (a:A {id: $id}) RETURN a.id", P(("id", "a" + (i + 1)))).Rows);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"2000 indexed lookups took {watch.ElapsedMilliseconds} ms");
    }
}
