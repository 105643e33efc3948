using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>Regressions found by running openCypher TCK scenarios: one test per fixed behaviour, named after it.</summary>
public sealed class ConformanceRegressionTests
{
    [Fact]
    public void BothArrows_MeanEitherDirection()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)-[:R]->(:B)");
        Assert.Single(db.Run("MATCH (a:A)<-->(b) RETURN b").Rows);
    }

    [Fact]
    public void WithWhere_SeesVariablesBoundBeforeTheWith()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A {x: 1}), (:A {x: 2})");
        Assert.Equal(2L, Assert.Single(db.Run("MATCH (a:A) WITH a.x AS x WHERE a.x > 1 RETURN x").Rows)[0]);
    }

    [Fact]
    public void WithStar_WithNothingInScope_IsAllowed()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal(2, db.Run("CREATE () WITH * CREATE ()").Counters.NodesCreated);
    }

    [Fact]
    public void TypePredicate_OnRelationship_ComparesType()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE ()-[:T]->(), ()-[:U]->()");
        Assert.Equal(1L, db.Run("MATCH ()-[r]->() WHERE r:T RETURN count(r)").Rows[0][0]);
    }

    [Fact]
    public void DeletedRelationship_KeepsItsType()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE ()-[:T]->()");
        Assert.Equal("T", db.Run("MATCH ()-[r]->() DELETE r RETURN type(r)").Rows[0][0]);
        db.Run("CREATE (:N)");
        Assert.Equal(CypherErrorKind.EntityNotFound, Fails(() => db.Run("MATCH (n:N) DELETE n RETURN labels(n)")).Kind);
    }

    [Theory]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    public void IntegerLiteral_AtTheLimits_Parses(string literal, long expected) => Assert.Equal(expected, Eval(literal));

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("0x8000000000000000")]
    [InlineData("0x10000000000000000")]
    [InlineData("1.0e999")]
    public void NumberLiteral_TooLarge_ReportsSyntaxError(string literal) =>
        Assert.Equal(CypherErrorKind.SyntaxError, Fails(() => Eval(literal)).Kind);

    [Theory]
    [InlineData("MATCH ()-[r]-() MATCH (r) RETURN r")]
    [InlineData("MATCH p = ()-->() MATCH p = ()-->() RETURN p")]
    [InlineData("MATCH ()-[r]-()-[r]-() RETURN r")]
    [InlineData("WITH 123 AS n MATCH (n) RETURN n")]
    [InlineData("WITH [1] AS n MATCH (n) RETURN n")]
    [InlineData("MATCH (a) CREATE (a)")]
    [InlineData("MATCH (a) CREATE (a {x: 1})-[:R]->()")]
    [InlineData("MATCH (a) MERGE (a)")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r:R]->()")]
    [InlineData("MATCH (n) DELETE n:Label")]
    [InlineData("MATCH p = ()-->() WHERE p.name = 'x' RETURN p")]
    [InlineData("MATCH (n) RETURN length(n)")]
    [InlineData("RETURN false AND 123")]
    [InlineData("RETURN NOT 'x'")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a")]
    [InlineData("MATCH (n) RETURN n.x AS x ORDER BY count(n)")]
    [InlineData("MATCH (n) RETURN DISTINCT n.x AS x ORDER BY n.y")]
    [InlineData("MATCH (a), (b) MERGE (a)-[:R|S]->(b)")]
    [InlineData("MATCH (a), (b) MERGE (a)-[r]->(b)")]
    [InlineData("MATCH (n $props) RETURN n")]
    [InlineData("MATCH (n) WHERE (n)-[r]->() RETURN n")]
    public void InvalidQuery_IsRejectedBeforeRunning(string query)
    {
        var error = Fails(() => CypherDatabase.InMemory().Run(query));
        Assert.Contains(error.Kind, new[] { CypherErrorKind.SyntaxError, CypherErrorKind.TypeError });
        Assert.True(error.IsCompileTime);
        Assert.NotNull(error.Detail);
    }

    [Theory]
    [InlineData("0.0 / 0.0 < 1")]
    [InlineData("0.0 / 0.0 >= 1.0")]
    [InlineData("1 > 0.0 / 0.0")]
    public void NaN_IsUnorderedAgainstNumbers(string expression) => Assert.Equal(false, Eval(expression));

    [Fact]
    public void OrderBy_AggregatingProjection_MayUseGroupingKeysAndAggregateArguments()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE ({name: 'A'}), ({name: 'A'}), ({name: 'B'})");
        var result = db.Run("MATCH (a) WITH a.name AS name, count(*) AS cnt ORDER BY a.name + 'x' DESC LIMIT 1 RETURN name, cnt");
        Assert.Equal("'B' 1", string.Join(" ", Assert.Single(result.Rows).Select(Show)));
    }

    [Fact]
    public void BoundRelationshipList_MatchesExactlyThatWalk()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:A)-[:R]->(b:B)-[:R]->(c:C)");
        var result = db.Run("MATCH (a:A)-[r1]->()-[r2]->(c:C) WITH [r1, r2] AS rs, a, c MATCH (a)-[rs*]->(c) RETURN size(rs)");
        Assert.Equal(2L, Assert.Single(result.Rows)[0]);
        Assert.Empty(db.Run("MATCH (a:A)-[r1]->()-[r2]->(c:C) WITH [r2, r1] AS rs, a, c MATCH (a)-[rs*]->(c) RETURN rs").Rows);
    }

    [Theory]
    [InlineData("MATCH (a)-[:LIKES..]->(c) RETURN c", 1, 18)]
    [InlineData("MATCH (a)-[:LIKES*-2]->(c) RETURN c", 1, 19)]
    [InlineData("MATCH (a)-[:LIKES*1..-2]->(c) RETURN c", 1, 22)]
    public void VariableLength_WithoutAsteriskOrWithANegativeBound_IsAnInvalidRelationshipPattern(string query, int line, int column)
    {
        var error = Fails(() => CypherDatabase.InMemory().RunScript(query));

        Assert.Equal((CypherErrorKind.SyntaxError, "InvalidRelationshipPattern", line, column), (error.Kind, error.Detail, error.Line, error.Column));
    }

    [Fact]
    public void NumberRunningIntoLetters_AsAMapKey_IsUnexpectedSyntax_AndAsAValue_AnInvalidNumberLiteral()
    {
        var key = Fails(() => CypherDatabase.InMemory().RunScript("RETURN {1B2c3e67: 1} AS literal"));
        var value = Fails(() => CypherDatabase.InMemory().RunScript("RETURN 9223372h54775808 AS literal"));

        Assert.Equal("UnexpectedSyntax", key.Detail);
        Assert.Equal(("InvalidNumberLiteral", "Invalid number literal '9223372h'"), (value.Detail, value.Message.Split(" (")[0]));
    }

    [Fact]
    public void RandInsideAnAggregate_IsANonConstantExpression()
    {
        var error = Fails(() => CypherDatabase.InMemory().RunScript("UNWIND [1, 2] AS x RETURN sum(x * rand())"));

        Assert.Equal(("NonConstantExpression", 1, 35), (error.Detail, error.Line, error.Column));
        Assert.Equal(2, CypherDatabase.InMemory().Run("UNWIND [1, 2] AS x RETURN count(x) + rand() * 0 AS n").Rows[0][0] is double d ? (int)d : -1);
    }
}
