using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests.Faults;

/// <summary>A script cancelled by its caller stops between statements and applies nothing (issue 14, item 6).</summary>
public sealed class CancellationTests
{
    /// <summary>
    /// A first statement that works for a while (long enough for the cancellation to arrive, even from a timer a loaded
    /// machine fires late), then many that write, then one that fails: a script run to its end throws the engine's
    /// division by zero, not a cancellation. The writes go through WITH, so none takes the streamed bulk-write path.
    /// </summary>
    private static readonly string LongScript =
        "CREATE (:Started);\nUNWIND range(1, 3000000) AS i WITH i WHERE i < 0 CREATE (:Never);\n"
        + string.Concat(Enumerable.Repeat("UNWIND range(1, 100) AS i WITH i CREATE (:Filler {i: i});\n", 200))
        + "RETURN 1 / 0;\n";

    [Fact]
    public void RunScript_CancelledWhileRunning_StopsBetweenStatementsAndAppliesNothing()
    {
        using var db = CypherDatabase.InMemory();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        Assert.ThrowsAny<OperationCanceledException>(() => db.RunScript(LongScript, parameters: null, cancellationToken: cancel.Token));

        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
        db.Run("CREATE (:Later)");
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void RunScript_CancelledBeforeItStarts_AppliesNothing()
    {
        using var db = CypherDatabase.InMemory();

        Assert.ThrowsAny<OperationCanceledException>(() => db.RunScript("CREATE (:A); CREATE (:B);", null, new CancellationToken(canceled: true)));

        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void TransactionRunScript_Cancelled_RollsTheTransactionBack()
    {
        using var db = CypherDatabase.InMemory();
        var tx = db.BeginTransaction();
        tx.Run("CREATE (:First)");

        Assert.ThrowsAny<OperationCanceledException>(() => tx.RunScript("CREATE (:A); CREATE (:B);", null, new CancellationToken(canceled: true)));

        Assert.Equal(CypherErrorKind.TransactionClosed, Fails(() => tx.Run("CREATE (:C)")).Kind);
        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }
}
