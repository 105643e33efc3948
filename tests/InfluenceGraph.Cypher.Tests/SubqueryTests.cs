using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class SubqueryTests
{
    private static CypherDatabase Graph()
    {
        var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:P {name: 'a'})-[:K]->(b:P {name: 'b'})-[:K]->(c:P {name: 'c'}), (a)-[:K]->(c)");
        return db;
    }

    private static List<string> Column(QueryResult result) => result.Rows.Select(r => Show(r[0])).ToList();

    [Fact]
    public void Call_ImportingWith_RunsOncePerRow()
    {
        using var db = Graph();
        var result = db.Run("MATCH (p:P) CALL { WITH p MATCH (p)-[:K]->(q) RETURN count(q) AS out } RETURN p.name, out ORDER BY p.name");
        Assert.Equal(["'a'", "'b'", "'c'"], Column(result));
        Assert.Equal([2L, 1L, 0L], result.Rows.Select(r => (long)r[1]!));
    }

    [Fact]
    public void Call_ScopeClause_ImportsOnlyTheNamedVariables()
    {
        using var db = Graph();
        var result = db.Run("MATCH (p:P {name: 'a'}) WITH p, 5 AS five CALL (p) { MATCH (p)-[:K]->(q) RETURN q.name AS n ORDER BY n } RETURN n");
        Assert.Equal(["'b'", "'c'"], Column(result));
        var error = Fails(() => db.Run("WITH 1 AS x, 2 AS y CALL (x) { RETURN y AS z } RETURN z"));
        Assert.Equal("UndefinedVariable", error.Detail);
    }

    [Fact]
    public void Call_WithoutImport_DoesNotSeeOuterVariables()
    {
        using var db = Graph();
        var error = Fails(() => db.Run("MATCH (p:P) CALL { RETURN p.name AS n } RETURN n"));
        Assert.Equal("UndefinedVariable", error.Detail);
        Assert.Equal((1, 27), (error.Line, error.Column));
        // A MATCH inside binds its own p: every outer row sees all three.
        Assert.Equal(9, db.Run("MATCH (p:P) CALL { MATCH (p:P) RETURN p.name AS n } RETURN n").Rows.Count);
    }

    [Fact]
    public void Call_UnionInside_CombinesBothBranches()
    {
        using var db = Graph();
        var result = db.Run("""
            MATCH (p:P {name: 'b'})
            CALL { WITH p MATCH (p)-[:K]->(x) RETURN x.name AS n UNION WITH p MATCH (x)-[:K]->(p) RETURN x.name AS n }
            RETURN n ORDER BY n
            """);
        Assert.Equal(["'a'", "'c'"], Column(result));
    }

    [Fact]
    public void Call_UnitSubquery_WritesAndPassesRowsOn()
    {
        using var db = Graph();
        var result = db.Run("MATCH (p:P) CALL { WITH p CREATE (:Copy {of: p.name}) } RETURN p.name ORDER BY p.name");
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(3, result.Counters.NodesCreated);
        Assert.Equal(3L, db.Run("MATCH (c:Copy) RETURN count(c)").Rows[0][0]);
    }

    [Fact]
    public void Call_ReturnedNameAlreadyBound_IsRejected()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("WITH 1 AS x CALL { RETURN 2 AS x } RETURN x"));
        Assert.Equal("VariableAlreadyBound", error.Detail);
        Assert.True(error.IsCompileTime);
    }

    [Fact]
    public void Call_ImportingWithOfAnExpression_IsRejected()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("WITH 1 AS x CALL { WITH x + 1 AS y RETURN y } RETURN y"));
        Assert.Equal("InvalidClauseComposition", error.Detail);
        Assert.Equal((1, 27), (error.Line, error.Column));
    }

    [Fact]
    public void Call_ImportingWithWhere_IsRejected()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("WITH 1 AS x CALL { WITH x WHERE x > 0 RETURN x AS y } RETURN y"));
        Assert.Equal(("InvalidClauseComposition", 1, 35), (error.Detail, error.Line, error.Column));
        Assert.Equal(1L, CypherDatabase.InMemory().Run("WITH 1 AS x CALL { WITH x WITH x WHERE x > 0 RETURN x AS y } RETURN y").Rows[0][0]);
    }

    [Fact]
    public void InTransactions_CommitsEachBatch_AndKeepsEarlierBatchesOnFailure()
    {
        var directory = TempDirectory();
        using (var db = CypherDatabase.Open(directory))
        {
            var result = db.Run("UNWIND range(1, 5) AS i CALL { WITH i CREATE (:N {i: i}) } IN TRANSACTIONS OF 2 ROWS");
            Assert.Equal(5, result.Counters.NodesCreated);
            // The fourth row fails (1/0): the batches of rows 1-2 and 3 commit first, the failing batch rolls back.
            Fails(() => db.Run("UNWIND [1, 1, 1, 0, 1] AS d CALL { WITH d CREATE (:M {v: 1 / d}) } IN TRANSACTIONS OF 3 ROWS"));
            Assert.Equal(3L, db.Run("MATCH (m:M) RETURN count(m)").Rows[0][0]);
        }
        using (var reopened = CypherDatabase.Open(directory))
        {
            Assert.Equal(5L, reopened.Run("MATCH (n:N) RETURN count(n)").Rows[0][0]);
            Assert.Equal(3L, reopened.Run("MATCH (m:M) RETURN count(m)").Rows[0][0]);
        }
    }

    [Fact]
    public void InTransactions_InAnExplicitTransactionOrScript_IsRefused()
    {
        using var db = CypherDatabase.InMemory();
        const string query = "UNWIND [1, 2] AS i CALL { WITH i CREATE (:N) } IN TRANSACTIONS";
        using (var tx = db.BeginTransaction())
        {
            var error = Fails(() => tx.Run(query));
            Assert.Contains("implicit transaction", error.Message);
            Assert.Equal((1, 48), (error.Line, error.Column));
        }
        Fails(() => db.RunScript("CREATE (:Before);\n" + query));
        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void InTransactions_NestedInAnotherSubquery_IsRejected()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("CALL { CALL { CREATE (:N) } IN TRANSACTIONS }"));
        Assert.Equal("InvalidClauseComposition", error.Detail);
    }

    [Fact]
    public void Exists_FullSubquery_IsCorrelated()
    {
        using var db = Graph();
        var result = db.Run("MATCH (p:P) WHERE EXISTS { MATCH (p)-[:K]->(q) WITH q WHERE q.name = 'c' RETURN q } RETURN p.name ORDER BY p.name");
        Assert.Equal(["'a'", "'b'"], Column(result));
    }

    [Fact]
    public void Count_FullSubquery_CountsRows()
    {
        using var db = Graph();
        var result = db.Run("MATCH (p:P) RETURN p.name, COUNT { MATCH (p)-[:K]->(q) RETURN q.name AS n UNION RETURN 'self' AS n } AS c ORDER BY p.name");
        Assert.Equal([3L, 2L, 1L], result.Rows.Select(r => (long)r[1]!));
        Assert.Equal(2L, db.Run("MATCH (p:P {name: 'a'}) RETURN COUNT { (p)-->() } AS c").Rows[0][0]);
    }

    [Fact]
    public void Exists_WithAnUpdate_IsRejectedAtCompileTime()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("MATCH (n) WHERE EXISTS { MATCH (n)-->() CREATE (:X) } RETURN n"));
        Assert.Equal("InvalidClauseComposition", error.Detail);
        Assert.Equal((1, 41), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("RETURN all(x IN ['a', 'b'] WHERE x % 2 = 0) AS v", 1, 36)]
    [InlineData("RETURN any(x IN [true] WHERE x * 2 = 0) AS v", 1, 32)]
    public void Quantifier_ArithmeticOnAStringOrBooleanList_FailsAtCompileTime(string query, int line, int column)
    {
        var error = Fails(() => CypherDatabase.InMemory().Run(query));
        Assert.Equal(("InvalidArgumentType", true), (error.Detail, error.IsCompileTime));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN (n)-->()")]
    [InlineData("MATCH (n) WITH size((n)-->()) AS s RETURN s")]
    [InlineData("MATCH (n) SET n.x = head(nodes(head((n)-->())))")]
    public void PatternExpression_AsAValue_IsRejected(string query)
    {
        var error = Fails(() => CypherDatabase.InMemory().Run(query));
        Assert.Equal("UnexpectedSyntax", error.Detail);
        Assert.True(error.Line > 0 && error.Column > 0);
    }

    [Fact]
    public void PatternExpression_AsAPredicate_StillWorks()
    {
        using var db = Graph();
        Assert.Equal(["'a'", "'b'"], Column(db.Run("MATCH (p:P) WHERE (p)-->() AND NOT (p)-->(:Missing) RETURN p.name ORDER BY p.name")));
        Assert.Equal([true, true, false], db.Run("MATCH (p:P) RETURN exists((p)-->()) AS e ORDER BY p.name").Rows.Select(r => (bool)r[0]!));
    }

    [Fact]
    public void Where_OnANode_IsATypeError()
    {
        var error = Fails(() => CypherDatabase.InMemory().Run("MATCH (n) WHERE (n) RETURN n"));
        Assert.Equal(("InvalidArgumentType", 1, 18), (error.Detail, error.Line, error.Column));
    }

    [Fact]
    public void Subqueries_NestedTooDeeply_AreASyntaxError()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal(1L, db.Run(string.Concat(Enumerable.Repeat("CALL { ", 5)) + "RETURN 1 AS x" + string.Concat(Enumerable.Repeat(" } RETURN x", 5))).Rows[0][0]);
        var deep = string.Concat(Enumerable.Repeat("RETURN EXISTS { ", 5000)) + "RETURN 1" + string.Concat(Enumerable.Repeat(" }", 5000));
        var error = Fails(() => db.Run(deep));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Contains("nest more than", error.Message);
    }
}
