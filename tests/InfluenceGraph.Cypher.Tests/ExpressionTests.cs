using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("1 + 2.5", "3.5")]
    [InlineData("7 / 2", "3")]
    [InlineData("7.0 / 2", "3.5")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("2 ^ 3", "8.0")]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("-(1 + 1)", "-2")]
    [InlineData("1.5e2", "150.0")]
    [InlineData(".5", "0.5")]
    [InlineData("'a' + 'b'", "'ab'")]
    [InlineData("'n' + 1", "'n1'")]
    [InlineData("\"double\" + 'single'", "'doublesingle'")]
    [InlineData("'it\\'s' + \"\\tx\"", "'it's\tx'")]
    [InlineData("'\\u0041'", "'A'")]
    [InlineData("[1, 2] + 3", "[1, 2, 3]")]
    [InlineData("[1] + [2, 3]", "[1, 2, 3]")]
    [InlineData("1 + null", "null")]
    [InlineData("[1, 2, 3][0]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][5]", "null")]
    [InlineData("[1, 2, 3, 4][1..3]", "[2, 3]")]
    [InlineData("[1, 2, 3, 4][..-1]", "[1, 2, 3]")]
    [InlineData("[1, 2, 3, 4][2..]", "[3, 4]")]
    [InlineData("{a: 1, b: 'x'}", "{a: 1, b: 'x'}")]
    [InlineData("{a: 1, b: 'x'}.b", "'x'")]
    [InlineData("{a: 1}['a']", "1")]
    [InlineData("{a: {b: 2}}.a.b", "2")]
    [InlineData("{a: 1}.missing", "null")]
    public void Expression_Evaluates(string expression, string expected) => Assert.Equal(expected, Show(Eval(expression)));

    [Theory]
    [InlineData("1 = 1", "true")]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1 = '1'", "false")]
    [InlineData("null = null", "null")]
    [InlineData("null <> 1", "null")]
    [InlineData("1 <> 2", "true")]
    [InlineData("1 != 2", "true")]
    [InlineData("1 < 2", "true")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("1 < 'a'", "null")]
    [InlineData("1 < 2 < 3", "true")]
    [InlineData("3 > 2 > 2", "false")]
    [InlineData("[1, null] = [1, null]", "null")]
    [InlineData("[1, 2] = [1, 3]", "false")]
    [InlineData("true AND null", "null")]
    [InlineData("false AND null", "false")]
    [InlineData("true OR null", "true")]
    [InlineData("false OR null", "null")]
    [InlineData("true XOR false", "true")]
    [InlineData("true XOR null", "null")]
    [InlineData("NOT null", "null")]
    [InlineData("NOT false", "true")]
    [InlineData("2 IN [1, 2]", "true")]
    [InlineData("3 IN [1, 2]", "false")]
    [InlineData("3 IN [1, null]", "null")]
    [InlineData("null IN []", "false")]
    [InlineData("1 IN null", "null")]
    [InlineData("null IS NULL", "true")]
    [InlineData("1 IS NOT NULL", "true")]
    [InlineData("'hello' STARTS WITH 'he'", "true")]
    [InlineData("'hello' ENDS WITH 'lo'", "true")]
    [InlineData("'hello' CONTAINS 'ell'", "true")]
    [InlineData("'hello' CONTAINS null", "null")]
    [InlineData("1 STARTS WITH 'a'", "null")]
    [InlineData("'hello' =~ 'h.*o'", "true")]
    [InlineData("'hello' =~ 'ell'", "false")]
    [InlineData("date('2025-05-07') < date('2025-05-08')", "true")]
    [InlineData("date('2025-05-07') = date({year: 2025, month: 5, day: 7})", "true")]
    public void Predicate_FollowsTernaryLogic(string expression, string expected) => Assert.Equal(expected, Show(Eval(expression)));

    [Theory]
    [InlineData("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END", "'two'")]
    [InlineData("CASE 5 WHEN 1 THEN 'one' END", "null")]
    [InlineData("CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' END", "'b'")]
    [InlineData("CASE WHEN null THEN 'a' ELSE 'b' END", "'b'")]
    [InlineData("[x IN range(1, 5) WHERE x % 2 = 1 | x * 10]", "[10, 30, 50]")]
    [InlineData("[x IN [1, 2, 3] | x + 1]", "[2, 3, 4]")]
    [InlineData("[x IN [1, 2, 3] WHERE x > 1]", "[2, 3]")]
    [InlineData("any(x IN [1, 2] WHERE x > 1)", "true")]
    [InlineData("all(x IN [1, 2] WHERE x > 1)", "false")]
    [InlineData("none(x IN [1, 2] WHERE x > 5)", "true")]
    [InlineData("single(x IN [1, 2] WHERE x > 1)", "true")]
    [InlineData("any(x IN [] WHERE x > 1)", "false")]
    [InlineData("all(x IN [] WHERE x > 1)", "true")]
    [InlineData("any(x IN [null] WHERE x > 1)", "null")]
    [InlineData("any(x IN null WHERE x > 1)", "null")]
    [InlineData("reduce(acc = 0, x IN [1, 2, 3] | acc + x)", "6")]
    public void Construct_Evaluates(string expression, string expected) => Assert.Equal(expected, Show(Eval(expression)));

    [Fact]
    public void Parameter_DateOnlyComparesWithStoredDate()
    {
        Assert.Equal(true, Eval("date('2025-05-07') <= $asOf", P(("asOf", new DateOnly(2025, 5, 7)))));
        Assert.Equal(false, Eval("date('2025-05-08') <= $asOf", P(("asOf", new DateOnly(2025, 5, 7)))));
    }

    [Fact]
    public void Parameter_IntAndStringArrayConvert()
    {
        Assert.Equal(3L, Eval("$n + 1", P(("n", 2))));
        Assert.Equal("[a, b]", "[" + string.Join(", ", (IReadOnlyList<object?>)Eval("$xs", P(("xs", new[] { "a", "b" })))!) + "]");
    }

    [Fact]
    public void Parameter_JsonElement_ConvertsToCypherValues()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{"n": 2, "f": 1.5, "s": "x", "b": true, "z": null, "l": [1, "a"], "m": {"k": 1}}""");
        var value = Eval("$p", P(("p", doc.RootElement)));
        Assert.Equal("{n: 2, f: 1.5, s: 'x', b: true, z: null, l: [1, 'a'], m: {k: 1}}", Show(value));
    }

    [Fact]
    public void Parameter_UnsupportedType_ReportsArgumentError() =>
        Assert.Equal(CypherErrorKind.ArgumentError, Fails(() => Eval("$p", P(("p", new object())))).Kind);

    [Fact]
    public void Parameter_Missing_ReportsParameterMissing()
    {
        var error = Fails(() => Eval("$nope"));
        Assert.Equal(CypherErrorKind.ParameterMissing, error.Kind);
        Assert.Contains("nope", error.Message);
    }

    [Theory]
    [InlineData("1 + true")]
    [InlineData("'a' - 1")]
    public void Operator_WrongTypes_ReportsTypeError(string expression) =>
        Assert.Equal(CypherErrorKind.TypeError, Fails(() => Eval(expression)).Kind);

    // Neo4j and the openCypher TCK report type errors visible in the query text as SyntaxError, before running.
    [Theory]
    [InlineData("NOT 1")]
    [InlineData("1 AND true")]
    public void Operator_LiteralOfWrongType_ReportsCompileTimeSyntaxError(string expression)
    {
        var error = Fails(() => Eval(expression));
        Assert.Equal((CypherErrorKind.SyntaxError, "InvalidArgumentType", true), (error.Kind, error.Detail, error.IsCompileTime));
    }

    [Fact]
    public void Division_IntegerByZero_ReportsArithmeticError() =>
        Assert.Equal(CypherErrorKind.ArithmeticError, Fails(() => Eval("1 / 0")).Kind);

    [Fact]
    public void Overflow_ReportsArithmeticError() =>
        Assert.Equal(CypherErrorKind.ArithmeticError, Fails(() => Eval("9223372036854775807 + 1")).Kind);

    [Fact]
    public void MapProjection_SelectsPropertiesAndLiterals()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:P {id: 'x', name: 'X', age: 3})");
        var all = db.Run("MATCH (n:P) RETURN n {.*} AS m").Rows[0][0];
        Assert.Equal("{id: 'x', name: 'X', age: 3}", Show(all));
        var some = db.Run("MATCH (n:P) WITH n, 5 AS five RETURN n {.id, .missing, k: n.age * 2, five} AS m").Rows[0][0];
        Assert.Equal("{id: 'x', missing: null, k: 6, five: 5}", Show(some));
    }
}
