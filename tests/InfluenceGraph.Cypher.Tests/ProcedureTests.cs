using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ProcedureTests
{
    private static CypherDatabase Graph()
    {
        var db = CypherDatabase.InMemory();
        db.Run("CREATE (:Actor {id: 'a', name: 'A'})-[:ALLY {since: 1}]->(:State:Actor {id: 'b'})-[:RIVAL]->(:Org)");
        db.Run("CREATE CONSTRAINT actor_id FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        return db;
    }

    [Fact]
    public void DbLabels_Standalone_ReturnsLabelColumn()
    {
        using var db = Graph();
        var result = db.Run("CALL db.labels()");
        Assert.Equal(["label"], result.Columns);
        Assert.Equal(["Actor", "Org", "State"], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void DbRelationshipTypes_YieldWithAliasAndWhere_FiltersAndContinues()
    {
        using var db = Graph();
        var result = db.Run("CALL db.relationshipTypes() YIELD relationshipType AS t WHERE t STARTS WITH 'A' RETURN t, size(t) AS n");
        Assert.Equal(["t", "n"], result.Columns);
        Assert.Equal(["ALLY"], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void DbPropertyKeys_YieldStandalone_ReturnsKeysOfNodesAndRelationships()
    {
        using var db = Graph();
        var result = db.Run("CALL db.propertyKeys() YIELD propertyKey");
        Assert.Equal(["propertyKey"], result.Columns);
        Assert.Equal(["id", "name", "since"], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void DbLabels_ImplicitArgumentsAndYieldStar_ReturnAllColumns()
    {
        using var db = Graph();
        Assert.Equal(["Actor", "Org", "State"], db.Run("CALL db.labels").Rows.Select(r => r[0]));
        var result = db.Run("CALL db.labels() YIELD *");
        Assert.Equal(["label"], result.Columns);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void DbLabels_AfterMatch_RunsPerRow()
    {
        using var db = Graph();
        Assert.Equal(6L, db.Run("MATCH (n:Actor) CALL db.labels() YIELD label RETURN count(*) AS c").Rows[0][0]);
    }

    [Fact]
    public void Call_UnknownProcedure_IsProcedureNotFoundWithPosition()
    {
        using var db = Graph();
        var e = Fails(() => db.Run("RETURN 1 AS x UNION CALL apoc.help('x') YIELD name RETURN name AS x"));
        Assert.Equal(CypherErrorKind.ProcedureError, e.Kind);
        Assert.Equal("ProcedureNotFound", e.Detail);
        Assert.Equal("Neo.ClientError.Procedure.ProcedureNotFound", e.Code);
        Assert.True(e.IsCompileTime);
        Assert.Contains("apoc.help", e.Message);
        Assert.Contains("db.labels", e.Message);
        Assert.Equal((1, 21), (e.Line, e.Column));
    }

    [Fact]
    public void Call_UnknownYieldColumn_IsASyntaxError()
    {
        using var db = Graph();
        var e = Fails(() => db.Run("CALL db.labels() YIELD name"));
        Assert.Equal(CypherErrorKind.SyntaxError, e.Kind);
        Assert.Contains("`name`", e.Message);
    }

    [Fact]
    public void ShowConstraints_ListsUniqueConstraintsWithNeo4jColumns()
    {
        using var db = Graph();
        var result = db.Run("SHOW CONSTRAINTS");
        Assert.Equal(["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal("actor_id", row[1]);
        Assert.Equal("UNIQUENESS", row[2]);
        Assert.Equal("NODE", row[3]);
        Assert.Equal("['Actor']", Show(row[4]));
        Assert.Equal("['id']", Show(row[5]));
    }

    [Fact]
    public void ShowIndexes_ListsTheLabelLookupAndConstraintIndexes()
    {
        using var db = Graph();
        var result = db.Run("SHOW INDEXES");
        Assert.Contains("owningConstraint", result.Columns);
        Assert.Equal(["LOOKUP", "RANGE"], result.Rows.Select(r => r[result.Columns.ToList().IndexOf("type")]));
        Assert.Equal("['Actor']", Show(result.Rows[1][result.Columns.ToList().IndexOf("labelsOrTypes")]));
    }
}
