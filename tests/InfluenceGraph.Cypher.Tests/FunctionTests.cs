using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("size([1, 2, 3])", "3")]
    [InlineData("size('abc')", "3")]
    [InlineData("size(null)", "null")]
    [InlineData("head([1, 2])", "1")]
    [InlineData("head([])", "null")]
    [InlineData("last([1, 2])", "2")]
    [InlineData("tail([1, 2, 3])", "[2, 3]")]
    [InlineData("range(1, 4)", "[1, 2, 3, 4]")]
    [InlineData("range(0, 10, 5)", "[0, 5, 10]")]
    [InlineData("range(3, 1, -1)", "[3, 2, 1]")]
    [InlineData("coalesce(null, null, 2, 3)", "2")]
    [InlineData("coalesce(null)", "null")]
    [InlineData("toLower('AbC')", "'abc'")]
    [InlineData("toUpper('AbC')", "'ABC'")]
    [InlineData("trim('  x  ')", "'x'")]
    [InlineData("toString(12)", "'12'")]
    [InlineData("toString(1.5)", "'1.5'")]
    [InlineData("toString(true)", "'true'")]
    [InlineData("toString(date('2025-05-07'))", "'2025-05-07'")]
    [InlineData("toInteger('42')", "42")]
    [InlineData("toInteger('4.7')", "4")]
    [InlineData("toInteger(4.7)", "4")]
    [InlineData("toInteger('x')", "null")]
    [InlineData("toFloat('1.5')", "1.5")]
    [InlineData("toFloat(2)", "2.0")]
    [InlineData("toBoolean('TRUE')", "true")]
    [InlineData("toBoolean('no')", "null")]
    [InlineData("split('a,b,c', ',')", "['a', 'b', 'c']")]
    [InlineData("replace('aXbX', 'X', '-')", "'a-b-'")]
    [InlineData("substring('hello', 1, 3)", "'ell'")]
    [InlineData("substring('hello', 2)", "'llo'")]
    [InlineData("left('hello', 2)", "'he'")]
    [InlineData("right('hello', 2)", "'lo'")]
    [InlineData("reverse('abc')", "'cba'")]
    [InlineData("reverse([1, 2])", "[2, 1]")]
    [InlineData("abs(-3)", "3")]
    [InlineData("abs(-3.5)", "3.5")]
    [InlineData("round(2.5)", "3.0")]
    [InlineData("round(2.345, 2)", "2.35")]
    [InlineData("floor(2.7)", "2.0")]
    [InlineData("ceil(2.1)", "3.0")]
    [InlineData("sqrt(16)", "4.0")]
    [InlineData("date('2025-05-07')", "date('2025-05-07')")]
    [InlineData("date({year: 2025, month: 5, day: 7})", "date('2025-05-07')")]
    [InlineData("date('2025-05-07').month", "5")]
    [InlineData("keys({a: 1, b: 2})", "['a', 'b']")]
    [InlineData("properties({a: 1})", "{a: 1}")]
    [InlineData("toLower(null)", "null")]
    public void Function_Evaluates(string expression, string expected) => Assert.Equal(expected, Show(Eval(expression)));

    [Fact]
    public void Date_WithoutArguments_IsToday() =>
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), Eval("date()"));

    [Fact]
    public void Date_BadText_ReportsArgumentError() =>
        Assert.Equal(CypherErrorKind.ArgumentError, Fails(() => Eval("date('not a date')")).Kind);

    [Fact]
    public void UnknownFunction_ReportsUnknownFunctionWithPosition()
    {
        var error = Fails(() => Eval("notAFunction(1)"));
        Assert.Equal((CypherErrorKind.SyntaxError, "UnknownFunction"), (error.Kind, error.Detail));
        Assert.Equal(1, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void ApocFunction_ReportsUnsupported() =>
        Assert.Equal(CypherErrorKind.Unsupported, Fails(() => Eval("apoc.coll.sum([1])")).Kind);

    [Fact]
    public void GraphFunctions_ReadEntities()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (a:A:B {x: 1})-[:R {w: 2}]->(b:C)");
        var row = db.Run("""
            MATCH p = (a:A)-[r]->(b)
            RETURN labels(a) AS labels, type(r) AS type, properties(r) AS props, keys(a) AS keys,
                   id(a) AS id, elementId(a) AS eid, startNode(r) = a AS starts, endNode(r) = b AS ends,
                   length(p) AS length, size(nodes(p)) AS nodes, size(relationships(p)) AS rels,
                   exists(a.x) AS hasX, exists(a.y) AS hasY
            """).Records[0];
        Assert.Equal("['A', 'B']", Show(row["labels"]));
        Assert.Equal("R", row["type"]);
        Assert.Equal("{w: 2}", Show(row["props"]));
        Assert.Equal("['x']", Show(row["keys"]));
        Assert.IsType<long>(row["id"]);
        Assert.IsType<string>(row["eid"]);
        Assert.Equal(true, row["starts"]);
        Assert.Equal(true, row["ends"]);
        Assert.Equal(1L, row["length"]);
        Assert.Equal(2L, row["nodes"]);
        Assert.Equal(1L, row["rels"]);
        Assert.Equal(true, row["hasX"]);
        Assert.Equal(false, row["hasY"]);
    }
}
