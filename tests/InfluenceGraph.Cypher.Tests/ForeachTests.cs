using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ForeachTests
{
    [Fact]
    public void Foreach_ListOfValues_RunsUpdatesPerElement()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("FOREACH (x IN [1, 2, 3] | CREATE (:N {v: x}))");
        Assert.Equal([1L, 2L, 3L], db.Run("MATCH (n:N) RETURN n.v ORDER BY n.v").Rows.Select(r => r[0]));
    }

    [Fact]
    public void Foreach_Nested_SeesOuterVariables()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:Root)");
        db.Run("MATCH (r:Root) FOREACH (x IN [1, 2] | FOREACH (y IN [10, 20] | CREATE (r)-[:T {v: x * y}]->(:Leaf)))");
        Assert.Equal(4L, db.Run("MATCH (:Root)-[t:T]->() RETURN count(t)").Rows[0][0]);
        Assert.Equal(90L, db.Run("MATCH (:Root)-[t:T]->() RETURN sum(t.v)").Rows[0][0]);
    }

    [Fact]
    public void Foreach_RowsPassThrough_ToLaterClauses()
    {
        using var db = CypherDatabase.InMemory();
        var result = db.Run("CREATE (n:N) FOREACH (k IN ['a', 'b'] | SET n.last = k) RETURN n.last AS last");
        Assert.Equal("b", result.Rows[0][0]);
    }

    [Fact]
    public void Foreach_InnerVariable_IsNotVisibleAfterwards() =>
        Assert.Equal("UndefinedVariable", Fails(() => CypherDatabase.InMemory().Run("FOREACH (x IN [1] | CREATE (:N)) RETURN x")).Detail);

    [Fact]
    public void Foreach_ReadingClauseInside_IsASyntaxError() =>
        Assert.Equal(CypherErrorKind.SyntaxError, Fails(() => CypherDatabase.InMemory().Run("FOREACH (x IN [1] | MATCH (n) DELETE n)")).Kind);
}
