using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ParserTests
{
    private static CypherException Error(string query) => Fails(() => CypherDatabase.InMemory().RunScript(query));

    [Theory]
    [InlineData("MATCH (a:Actor {id: $id}\nRETURN a", 2, 1, "')'")]
    [InlineData("MATCH (n) RETURN n.", 1, 20, "end of input")]
    [InlineData("RETURN 'abc", 1, 8, "Unterminated string")]
    [InlineData("RETURN 1 +", 1, 11, "an expression")]
    [InlineData("MATCH (n)\n  WHERE n.x = 1\n  RETURN n ORDER n", 3, 18, "BY")]
    [InlineData("FROB (n)", 1, 1, "a clause")]
    [InlineData("RETURN [1, 2", 1, 13, "']'")]
    [InlineData("RETURN `unterminated", 1, 8, "Unterminated quoted name")]
    [InlineData("RETURN 'bad \\q escape'", 1, 13, "escape")]
    [InlineData("RETURN /* never closed", 1, 8, "Unterminated comment")]
    public void SyntaxError_ReportsExpectedAndPosition(string query, int line, int column, string mention)
    {
        var error = Error(query);
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(mention, error.Message);
    }

    [Theory]
    [InlineData("CREATE INDEX FOR (a:Actor) ON (a.name)", "CREATE INDEX", 1, 1)]
    [InlineData("SHOW USERS", "SHOW USERS", 1, 1)]
    [InlineData("RETURN COLLECT { MATCH (n) RETURN n }", "COLLECT", 1, 8)]
    public void UnsupportedConstruct_NamesItAndPointsAtIt(string query, string construct, int line, int column)
    {
        var error = Error(query);
        Assert.Equal(CypherErrorKind.Unsupported, error.Kind);
        Assert.Contains(construct, error.Message);
        Assert.Contains("not supported by the embedded engine; run it against Neo4j", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void SyntaxError_InScript_IsRelativeToScriptText()
    {
        var error = Error("CREATE (:A);\n\n// comment\nMATCH (n RETURN n;");
        Assert.Equal((4, 10), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("match (n) return n")]
    [InlineData("MATCH (`odd name`:`Odd Label`) RETURN `odd name`")]
    [InlineData("MATCH (n) WHERE n.count > 1 AND n.type = 'x' RETURN n.order AS `order`")]
    [InlineData("WITH {from: 1, to: 2, type: 3} AS m RETURN m.from + m.to + m.type")]
    [InlineData("RETURN 1 AS x // trailing comment")]
    [InlineData("MATCH (a)-[r:R*1..2 {w: 1}]->(b) RETURN a")]
    [InlineData("MATCH (a)<-[:R]-(b)<--(c)--(d)-->(e) RETURN a")]
    [InlineData("RETURN $param AS p, $0 AS q")]
    public void ValidQuery_Parses(string query)
    {
        using var db = CypherDatabase.InMemory();
        db.Run(query, P(("param", 1), ("0", 2)));
    }

    [Fact]
    public void UndefinedVariable_ReportsSyntaxErrorWithPosition()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)");
        var error = Fails(() => db.Run("MATCH (a:A) RETURN b"));
        Assert.Equal((CypherErrorKind.SyntaxError, "UndefinedVariable"), (error.Kind, error.Detail));
        Assert.Contains("`b`", error.Message);
        Assert.Equal((1, 20), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("MATCH (a) RETURN b", 1, 18)]
    [InlineData("MATCH (a) WITH a.x AS x RETURN a", 1, 32)]
    [InlineData("MATCH (a) WHERE count(a) > 1 RETURN a", 1, 17)]
    [InlineData("UNWIND [1] AS x SET y.p = 1", 1, 21)]
    [InlineData("RETURN [x IN [1] | y] AS v", 1, 20)]
    public void SemanticError_IsReportedAtCompileTimeWithoutAnyRows(string query, int line, int column)
    {
        var error = Error(query);
        // Neo4j reports semantic analysis errors with the status Neo.ClientError.Statement.SyntaxError, as does the TCK.
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.True(error.IsCompileTime);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void QueryEndingInMatch_ReportsInvalidClauseComposition() =>
        Assert.Equal("InvalidClauseComposition", Error("MATCH (n)").Detail);

    [Fact]
    public void WithUnaliasedExpression_ReportsNoExpressionAlias() =>
        Assert.Equal("NoExpressionAlias", Error("WITH 1 + 1 RETURN 1").Detail);

    [Fact]
    public void DuplicateColumn_ReportsColumnNameConflict() =>
        Assert.Equal("ColumnNameConflict", Error("RETURN 1 AS x, 2 AS x").Detail);
}
