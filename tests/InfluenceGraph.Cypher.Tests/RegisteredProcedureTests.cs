using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class RegisteredProcedureTests
{
    private static readonly CypherProcedure Cities = new("geo.cities",
        [new ProcedureParameter("country", CypherType.String), new ProcedureParameter("limit", CypherType.Integer, 10)],
        [new ProcedureColumn("city", CypherType.String), new ProcedureColumn("rank", CypherType.Integer)],
        call =>
        {
            var all = (string?)call["country"] == "SE" ? new[] { "Stockholm", "Malmö", "Uppsala" } : ["Berlin", "München"];
            return all.Take((int)(long)call["limit"]!).Select((c, i) => (IReadOnlyList<object?>)[c, i + 1]);
        });

    private static readonly List<object?> Seen = [];

    private static readonly CypherProcedure Half = new("math.half", [new ProcedureParameter("x", CypherType.Float)],
        [new ProcedureColumn("y", CypherType.Float)], call => [[(double)call.Arguments[0]! / 2]]);

    private static readonly CypherProcedure Record = new("test.record", [new ProcedureParameter("value", CypherType.Any)], [],
        call =>
        {
            lock (Seen) Seen.Add(call.Arguments[0]);
            return [];
        });

    private static CypherDatabase Db(params CypherProcedure[] extra) =>
        CypherDatabase.InMemory(new CypherDatabaseOptions { Procedures = [Cities, Half, Record, .. extra] });

    [Fact]
    public void Standalone_WithExplicitArguments_ReturnsEveryOutput()
    {
        using var db = Db();
        var result = db.Run("CALL geo.cities('SE', 2)");
        Assert.Equal(["city", "rank"], result.Columns);
        Assert.Equal(["Stockholm", "Malmö"], result.Rows.Select(r => r[0]));
        Assert.Equal([1L, 2L], result.Rows.Select(r => r[1]));
    }

    [Fact]
    public void Standalone_WithImplicitArguments_ReadsParametersAndDefaults()
    {
        using var db = Db();
        var result = db.Run("CALL geo.cities", new Dictionary<string, object?> { ["country"] = "DE" });
        Assert.Equal(["Berlin", "München"], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Standalone_ImplicitArgumentMissing_IsParameterMissingAtCompileTime()
    {
        using var db = Db();
        var e = Fails(() => db.Run("CALL geo.cities"));
        Assert.Equal(CypherErrorKind.ParameterMissing, e.Kind);
        Assert.True(e.IsCompileTime);
        Assert.Contains("country", e.Message);
    }

    [Fact]
    public void InQuery_YieldRenameAndWhere_RunsPerRow()
    {
        using var db = Db();
        var result = db.Run("UNWIND ['SE', 'DE'] AS c CALL geo.cities(c) YIELD city AS name, rank WHERE rank = 1 RETURN c, name ORDER BY c");
        Assert.Equal(["c", "name"], result.Columns);
        Assert.Equal(["Berlin", "Stockholm"], result.Rows.Select(r => r[1]));
    }

    [Fact]
    public void IntegerArgument_ToFloatParameter_IsCoerced()
    {
        using var db = Db();
        Assert.Equal(2.5, db.Run("CALL math.half(5)").Rows[0][0]);
        Assert.Equal(2.5, db.Run("WITH 5 AS n CALL math.half(n) YIELD y RETURN y").Rows[0][0]);
    }

    [Fact]
    public void VoidProcedure_InQuery_PassesEveryRowOnOnce()
    {
        using var db = Db();
        var result = db.Run("UNWIND [1, 2, 3] AS x CALL test.record(x) RETURN x");
        Assert.Equal(3, result.Rows.Count);
        lock (Seen) Assert.Contains(3L, Seen);
        var standalone = db.Run("CALL test.record(null)");
        Assert.Empty(standalone.Columns);
        Assert.Empty(standalone.Rows);
    }

    [Theory]
    [InlineData("CALL geo.cities()", "InvalidNumberOfArguments", 1, 1)]
    [InlineData("CALL geo.cities('SE', 1, 2) YIELD city RETURN city", "InvalidNumberOfArguments", 1, 1)]
    [InlineData("CALL geo.cities('SE', true)", "InvalidArgumentType", 1, 23)]
    [InlineData("MATCH (n) CALL geo.cities(count(n)) YIELD city RETURN city", "InvalidAggregation", 1, 27)]
    [InlineData("WITH 1 AS city CALL geo.cities('SE') YIELD city RETURN city", "VariableAlreadyBound", 1, 16)]
    [InlineData("CALL geo.cities('SE') YIELD city, rank AS city RETURN city", "VariableAlreadyBound", 1, 1)]
    [InlineData("CALL geo.cities('SE') YIELD town RETURN town", "UndefinedVariable", 1, 1)]
    [InlineData("CALL geo.cities('SE') RETURN city", "UndefinedVariable", 1, 1)]
    [InlineData("CALL geo.cities YIELD city RETURN city", "InvalidArgumentPassingMode", 1, 1)]
    [InlineData("CALL geo.cities('SE') YIELD * RETURN city", "UnexpectedSyntax", 1, 1)]
    [InlineData("CALL test.record(1) YIELD value RETURN value", "UndefinedVariable", 1, 1)]
    public void Call_MisusedInTheText_IsASyntaxErrorAtCompileTime(string query, string detail, int line, int column)
    {
        using var db = Db();
        var e = Fails(() => db.Run(query));
        Assert.Equal(CypherErrorKind.SyntaxError, e.Kind);
        Assert.Equal(detail, e.Detail);
        Assert.True(e.IsCompileTime);
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [Fact]
    public void ArgumentOfWrongTypeAtRuntime_IsATypeErrorNamingTheParameter()
    {
        using var db = Db();
        var e = Fails(() => db.Run("WITH 'ten' AS n CALL geo.cities('SE', n) YIELD city RETURN city"));
        Assert.Equal(CypherErrorKind.TypeError, e.Kind);
        Assert.False(e.IsCompileTime);
        Assert.Contains("limit :: INTEGER?", e.Message);
        Assert.Equal((1, 39), (e.Line, e.Column));
    }

    [Fact]
    public void FailingOrMisbehavingProcedure_IsProcedureCallFailed()
    {
        var boom = new CypherProcedure("test.boom", [], [new ProcedureColumn("x", CypherType.Integer)],
            _ => throw new InvalidOperationException("no network"));
        var wrong = new CypherProcedure("test.wrong", [], [new ProcedureColumn("x", CypherType.Integer)], _ => [["text"]]);
        using var db = Db(boom, wrong);
        var e = Fails(() => db.Run("CALL test.boom()"));
        Assert.Equal(CypherErrorKind.ProcedureError, e.Kind);
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", e.Code);
        Assert.Contains("no network", e.Message);
        Assert.Contains("x :: INTEGER?", Fails(() => db.Run("CALL test.wrong()")).Message);
    }

    [Fact]
    public void Registration_RejectsDuplicatesAndBadDeclarations()
    {
        Assert.Throws<ArgumentException>(() => Db(new CypherProcedure("DB.LABELS", [], [], _ => [])));
        Assert.Throws<ArgumentException>(() => new CypherProcedure("bad..name", [], [], _ => []));
        Assert.Throws<ArgumentException>(() => new CypherProcedure("p.q",
            [new ProcedureParameter("a", CypherType.Integer, 1), new ProcedureParameter("b", CypherType.Integer)], [], _ => []));
        Assert.Throws<ArgumentException>(() => new ProcedureParameter("a", CypherType.Integer, "one"));
    }

    [Fact]
    public void Signature_AndTypes_ReadAndWriteAsNeo4jLists()
    {
        Assert.Equal("geo.cities(country :: STRING?, limit :: INTEGER?) :: (city :: STRING?, rank :: INTEGER?)", Cities.Signature);
        Assert.Equal(CypherType.ListOf(CypherType.Float), CypherType.Parse("LIST? OF FLOAT?"));
        Assert.Equal(CypherType.Number, CypherType.Parse("number"));
        Assert.Equal("LIST? OF STRING?", CypherType.Parse("LIST<STRING>").ToString());
        Assert.Throws<FormatException>(() => CypherType.Parse("BLOB"));
    }
}
