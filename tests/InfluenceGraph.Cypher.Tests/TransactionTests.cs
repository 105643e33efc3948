using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class TransactionTests
{
    private static long Count(CypherDatabase db) => (long)db.Run("MATCH (n) RETURN count(n)").Rows[0][0]!;

    [Fact]
    public void Transaction_Commit_MakesWritesVisible()
    {
        using var db = CypherDatabase.InMemory();
        using (var tx = db.BeginTransaction())
        {
            tx.Run("CREATE (:A {x: 1})");
            Assert.Equal(1L, tx.Run("MATCH (n:A) RETURN count(n)").Rows[0][0]);
            tx.Commit();
        }
        Assert.Equal(1L, Count(db));
    }

    [Fact]
    public void Transaction_Rollback_LeavesNothing()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A {x: 1})-[:R]->(:B)");
        using (var tx = db.BeginTransaction())
        {
            tx.Run("CREATE (:C)");
            tx.Run("MATCH (a:A) SET a.x = 2, a.y = 3, a:Z");
            tx.Run("MATCH (b:B) DETACH DELETE b");
            tx.Rollback();
        }
        Assert.Equal(2L, Count(db));
        Assert.Equal("{x: 1} ['A']", string.Join(" ", db.Run("MATCH (a:A)-[:R]->(:B) RETURN properties(a), labels(a)").Rows[0].Select(Show)));
    }

    [Fact]
    public void Transaction_DisposeWithoutCommit_RollsBack()
    {
        using var db = CypherDatabase.InMemory();
        using (var tx = db.BeginTransaction()) tx.Run("CREATE (:A)");
        Assert.Equal(0L, Count(db));
    }

    [Fact]
    public void Transaction_Error_RollsBackEverythingAndCloses()
    {
        using var db = CypherDatabase.InMemory();
        using var tx = db.BeginTransaction();
        tx.Run("CREATE (:A)");
        Assert.Throws<CypherException>(() => tx.Run("RETURN 1 / 0"));
        Assert.Equal(CypherErrorKind.TransactionClosed, Fails(() => tx.Run("RETURN 1")).Kind);
        Assert.Equal(0L, Count(db));
    }

    [Fact]
    public void Script_SyntaxErrorAnywhere_AppliesNothing()
    {
        using var db = CypherDatabase.InMemory();
        var error = Fails(() => db.RunScript("CREATE (:A);\nCREATE (:B);\nCREATE (:C"));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(3, error.Line);
        Assert.Equal(0L, Count(db));
    }

    [Fact]
    public void Script_RuntimeError_RollsBackEarlierStatements()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE CONSTRAINT c FOR (a:A) REQUIRE a.id IS UNIQUE");
        Fails(() => db.RunScript("CREATE (:A {id: 1});\nCREATE (:B);\nCREATE (:A {id: 1});"));
        Assert.Equal(0L, Count(db));
    }

    [Fact]
    public void Script_ReturnsOneResultPerStatement()
    {
        using var db = CypherDatabase.InMemory();
        var results = db.RunScript("CREATE (:A); // first\n;; /* empty statements are skipped */ MATCH (n) RETURN count(n) AS n;");
        Assert.Equal(2, results.Count);
        Assert.Equal(1L, results[1].Rows[0][0]);
    }

    [Fact]
    public void Run_TwoStatements_ReportsSyntaxError() =>
        Assert.Equal(CypherErrorKind.SyntaxError, Fails(() => CypherDatabase.InMemory().Run("RETURN 1; RETURN 2")).Kind);

    [Fact]
    public async Task Readers_NeverSeeHalfAppliedTransaction()
    {
        using var db = CypherDatabase.InMemory();
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = (long)db.Run("MATCH (n:A) RETURN count(n)").Rows[0][0]!;
                if (n % 10 != 0) Interlocked.Increment(ref torn);
            }
        });
        for (var i = 0; i < 50; i++)
        {
            using var tx = db.BeginTransaction();
            for (var k = 0; k < 10; k++) tx.Run("CREATE (:A)");
            tx.Commit();
        }
        stop.Cancel();
        await reader;
        Assert.Equal(0, torn);
        Assert.Equal(500L, db.Run("MATCH (n:A) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void Writers_AreSerialised()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:Counter {n: 0})");
        Parallel.For(0, 40, _ => db.Run("MATCH (c:Counter) SET c.n = c.n + 1"));
        Assert.Equal(40L, db.Run("MATCH (c:Counter) RETURN c.n").Rows[0][0]);
    }
}
