using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class WriteClauseTests
{
    [Fact]
    public void Create_NodesAndRelationship_CountsChanges()
    {
        using var db = CypherDatabase.InMemory();
        var result = db.Run("CREATE (a:A:B {x: 1, y: null})-[r:R {w: 2}]->(b:C) RETURN a, r, b");
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        Assert.Equal(3, result.Counters.LabelsAdded);
        Assert.Equal(2, result.Counters.PropertiesSet);
        var a = Assert.IsType<Node>(result.Rows[0][0]);
        var r = Assert.IsType<Relationship>(result.Rows[0][1]);
        var b = Assert.IsType<Node>(result.Rows[0][2]);
        Assert.Equal(["A", "B"], a.Labels);
        Assert.False(a.Properties.ContainsKey("y"));
        Assert.Equal(a.Id, r.StartNodeId);
        Assert.Equal(b.Id, r.EndNodeId);
        Assert.Equal("R", r.Type);
    }

    [Fact]
    public void Create_LeftArrow_PointsFromRightToLeft()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:A)<-[:R]-(b:B)");
        Assert.Single(db.Run("MATCH (:B)-[:R]->(:A) RETURN 1").Rows);
    }

    [Fact]
    public void Create_Undirected_ReportsRequiresDirectedRelationship() =>
        Assert.Equal("RequiresDirectedRelationship", Fails(() => CypherDatabase.InMemory().Run("CREATE (a)-[:R]-(b)")).Detail);

    [Fact]
    public void Create_WithoutType_ReportsNoSingleRelationshipType() =>
        Assert.Equal("NoSingleRelationshipType", Fails(() => CypherDatabase.InMemory().Run("CREATE (a)-[]->(b)")).Detail);

    [Fact]
    public void Create_MapPropertyValue_ReportsTypeError() =>
        Assert.Equal(CypherErrorKind.TypeError, Fails(() => CypherDatabase.InMemory().Run("CREATE (:A {m: {x: 1}})")).Kind);

    [Fact]
    public void Create_DynamicLabelAndType_UseParameterValues()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:$($l1))-[:$($t)]->(b:$($l2))", P(("l1", "Actor"), ("l2", "Other"), ("t", "SUPPORTS")));
        Assert.Single(db.Run("MATCH (:Actor)-[:SUPPORTS]->(:Other) RETURN 1").Rows);
        Assert.Single(db.Run("MATCH (:$($l))-[:$($t)]->() RETURN 1", P(("l", "Actor"), ("t", "SUPPORTS"))).Rows);
    }

    [Fact]
    public void Merge_Node_IsIdempotent()
    {
        using var db = CypherDatabase.InMemory();
        const string query = "MERGE (a:A {id: 1}) ON CREATE SET a.created = 1 ON MATCH SET a.matched = coalesce(a.matched, 0) + 1 RETURN a.created, a.matched";
        var first = db.Run(query);
        Assert.Equal(1, first.Counters.NodesCreated);
        Assert.Equal("1 null", string.Join(" ", first.Rows[0].Select(Show)));
        db.Run(query);
        var third = db.Run(query);
        Assert.Equal(0, third.Counters.NodesCreated);
        Assert.Equal("1 2", string.Join(" ", third.Rows[0].Select(Show)));
        Assert.Equal(1L, db.Run("MATCH (a:A) RETURN count(a)").Rows[0][0]);
    }

    [Fact]
    public void Merge_Relationship_BetweenBoundNodes_IsIdempotent()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A {id: 1}), (:A {id: 2})");
        const string query = "MATCH (a:A {id: 1}), (b:A {id: 2}) MERGE (a)-[r:R {id: 'r'}]->(b) ON CREATE SET r.n = 1 RETURN r.n";
        Assert.Equal(1, db.Run(query).Counters.RelationshipsCreated);
        Assert.Equal(0, db.Run(query).Counters.RelationshipsCreated);
        Assert.Equal(1L, db.Run("MATCH ()-[r:R]->() RETURN count(r)").Rows[0][0]);
        Assert.Equal(0, db.Run("MATCH (a:A {id: 1}), (b:A {id: 2}) MERGE (b)<-[:R {id: 'r'}]-(a)").Counters.RelationshipsCreated);
    }

    [Fact]
    public void Merge_NullProperty_ReportsError()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal(CypherErrorKind.SemanticError, Fails(() => db.Run("MERGE (a:A {id: $id})", P(("id", null)))).Kind);
    }

    [Fact]
    public void Merge_PerRow_SeesEarlierRowsCreations()
    {
        using var db = CypherDatabase.InMemory();
        var result = db.Run("UNWIND [1, 1, 2] AS x MERGE (:A {id: x})");
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public void Set_PropertyMapAndLabels_UpdateNode()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A {a: 1, b: 2})");
        db.Run("MATCH (n:A) SET n.c = 3, n.a = null, n:B:C");
        Assert.Equal("{b: 2, c: 3} ['A', 'B', 'C']", string.Join(" ", db.Run("MATCH (n:A) RETURN properties(n), labels(n)").Rows[0].Select(Show)));
        db.Run("MATCH (n:A) SET n += {d: 4, b: null}");
        Assert.Equal("{c: 3, d: 4}", Show(db.Run("MATCH (n:A) RETURN properties(n)").Rows[0][0]));
        db.Run("MATCH (n:A) SET n = {z: 26}");
        Assert.Equal("{z: 26}", Show(db.Run("MATCH (n:A) RETURN properties(n)").Rows[0][0]));
    }

    [Fact]
    public void Set_OnNull_DoesNothing()
    {
        using var db = CypherDatabase.InMemory();
        var result = db.Run("OPTIONAL MATCH (n:Missing) SET n.x = 1 RETURN n");
        Assert.Equal(0, result.Counters.PropertiesSet);
    }

    [Fact]
    public void Remove_PropertyAndLabel()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A:B {x: 1, y: 2})");
        var result = db.Run("MATCH (n:A) REMOVE n.x, n:B RETURN properties(n) AS p, labels(n) AS l");
        Assert.Equal("{y: 2} ['A']", string.Join(" ", result.Rows[0].Select(Show)));
        Assert.Equal(1, result.Counters.LabelsRemoved);
    }

    [Fact]
    public void Delete_ConnectedNodeWithoutDetach_Fails_AndLeavesGraphIntact()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)-[:R]->(:B)");
        var error = Fails(() => db.Run("MATCH (a:A) DELETE a"));
        Assert.Equal(CypherErrorKind.ConstraintValidationFailed, error.Kind);
        Assert.Contains("DETACH", error.Message);
        Assert.Equal(2L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void DetachDelete_RemovesNodeAndRelationships()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)-[:R]->(:B)");
        var result = db.Run("MATCH (a:A) DETACH DELETE a");
        Assert.Equal(1, result.Counters.NodesDeleted);
        Assert.Equal(1, result.Counters.RelationshipsDeleted);
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
        Assert.Empty(db.Run("MATCH ()-[r]->() RETURN r").Rows);
    }

    [Fact]
    public void Delete_NodeAndItsRelationshipInOneClause_Succeeds()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)-[:R]->(:B)");
        db.Run("MATCH (a:A)-[r]->() DELETE a, r");
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void Delete_ThenReadProperty_ReportsEntityNotFound()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A {x: 1})");
        Assert.Equal(CypherErrorKind.EntityNotFound, Fails(() => db.Run("MATCH (a:A) DELETE a RETURN a.x")).Kind);
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }
}
