using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests.Fuzz;

/// <summary>
/// Nesting deep enough to overflow the stack must become a syntax error (a stack overflow kills the process and no
/// catch stops it); nesting a real query uses still runs.
/// </summary>
public sealed class DeepNestingTests
{
    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("NOT ", "")]
    [InlineData("-", "")]
    [InlineData("+", "")]
    [InlineData("1 + ", "")]
    [InlineData("true AND ", "")]
    [InlineData("", "[0]")]
    [InlineData("", ".a")]
    [InlineData("CASE WHEN true THEN ", " END")]
    [InlineData("size([", "])")]
    public void Run_NestingFarBeyondTheLimit_IsASyntaxErrorNotACrash(string open, string close)
    {
        var query = "RETURN " + Repeat(open, 20_000) + "1" + Repeat(close, 20_000);
        var error = Fails(() => CypherDatabase.InMemory().Run(query));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Contains("nest", error.Message);
        Assert.True(error.Line == 1 && error.Column > 7, $"position {error.Line}:{error.Column}");
    }

    [Theory]
    [InlineData("MATCH (n) SET n{0} = 1", ".a")]
    [InlineData("MATCH (n) REMOVE n{0}", ".a")]
    [InlineData("MATCH (n){0} RETURN n", "-->()")]
    [InlineData("RETURN exists((n){0})", "--()")]
    public void Run_ChainsFarBeyondTheLimit_AreASyntaxErrorNotACrash(string template, string link)
    {
        var error = Fails(() => CypherDatabase.InMemory().Run(string.Format(template, Repeat(link, 20_000))));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
    }

    [Fact]
    public void Run_NestingWithinTheLimit_Evaluates()
    {
        Assert.Equal(1L, Eval(Repeat("(", 100) + "1" + Repeat(")", 100)));
        Assert.Equal(100L, Eval(Repeat("1 + ", 99) + "1"));
        Assert.Equal(true, Eval(Repeat("NOT ", 100) + "true"));
        Assert.Equal(1L, Eval("size(" + Repeat("[", 50) + Repeat("]", 50) + ")"));
    }

    [Fact]
    public void Run_DeepNestingInsideAWriteTransaction_RollsBackAndKeepsTheDatabaseUsable()
    {
        using var db = CypherDatabase.InMemory();
        using (var tx = db.BeginTransaction())
        {
            tx.Run("CREATE (:A)");
            Fails(() => tx.Run("CREATE (:B {x: " + Repeat("[", 50_000) + "})"));
        }
        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
        db.Run("CREATE (:C)");
        Assert.Equal(1L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }
}
